/** The enterprises a manager may assign: their park's (the admin: any park), with the current steward. */
import type { AssignableEnterprise, Page } from '../../../../../types'
import type { Condition } from '../../db/port'
import { escapeRegExp } from '../../db/search'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc } from '../docs'
import { parkNames } from './cards'
import { managerScope, scopedParkId } from './scope'

export interface AssignableQuery {
  parkId?: string
  q: string
  unassignedOnly: boolean
  page: number
  pageSize: number
}

/** names of the stewards in `ids` who are still stewards */
async function stewardNames(ctx: ActionContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const _ = ctx.db.command
  const { data } = await ctx.db.collection(COLLECTIONS.users).where({ _id: _.in(ids), role: 'steward' }).field({ _id: true, name: true }).limit(ids.length).get()
  return new Map(data.map((u) => [u._id, String(u.name)]))
}

export async function assignableEnterprises(ctx: ActionContext, input: AssignableQuery): Promise<Page<AssignableEnterprise>> {
  const { db } = ctx
  const _ = db.command
  const parkId = scopedParkId(managerScope(ctx.caller), input.parkId)
  const conds: Condition[] = []
  if (parkId) conds.push({ parkId })
  if (input.unassignedOnly) conds.push({ stewardId: null })
  if (input.q) conds.push({ name: db.RegExp({ regexp: escapeRegExp(input.q), options: 'i' }) })
  const coll = db.collection(COLLECTIONS.enterprises)
  const query = (conds.length > 0 ? coll.where(_.and(conds)) : coll).orderBy('name', 'asc')
  const [{ total }, { data }, parks] = await Promise.all([
    query.count(),
    query.skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    parkNames(db)
  ])
  const docs = data as unknown as EnterpriseDoc[]
  const names = await stewardNames(ctx, [...new Set(docs.map((d) => d.stewardId).filter((id): id is string => !!id))])
  const items = docs.map<AssignableEnterprise>((d) => ({
    _id: d._id,
    name: d.name,
    parkId: d.parkId,
    parkName: parks.get(d.parkId) ?? '',
    industry: d.industry,
    stewardId: d.stewardId,
    stewardName: d.stewardId ? names.get(d.stewardId) ?? null : null
  }))
  return { items, total, page: input.page, pageSize: input.pageSize, hasMore: input.page * input.pageSize < total }
}
