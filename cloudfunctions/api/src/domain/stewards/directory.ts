/** The 管家团队 directory and a steward's detail page. */
import type { Page, StewardCard, StewardDetail, StewardDuty, StewardEnterprise } from '../../../../../types'
import type { Condition } from '../../db/port'
import { escapeRegExp } from '../../db/search'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc } from '../docs'
import { loadSteward, toCards } from './cards'
import type { StewardUserDoc } from './docs'
import { inCareOf, overseesSteward, viewerOf } from './phone'

/** a steward cares for dozens of enterprises; the cap only keeps the query within limits */
const MAX_LISTED_ENTERPRISES = 1000

export interface DirectoryQuery {
  parkId?: string
  duty?: StewardDuty
  q: string
  page: number
  pageSize: number
}

export async function listStewards(ctx: ActionContext, input: DirectoryQuery): Promise<Page<StewardCard>> {
  const { db } = ctx
  const _ = db.command
  const conds: Condition[] = [{ role: 'steward' }]
  if (input.parkId) conds.push({ parkId: input.parkId })
  if (input.duty) conds.push({ duties: input.duty })
  if (input.q) {
    const re = () => db.RegExp({ regexp: escapeRegExp(input.q), options: 'i' })
    conds.push(_.or([{ name: re() }, { expertise: re() }, { department: re() }, { title: re() }]))
  }
  const query = db.collection(COLLECTIONS.users).where(_.and(conds)).orderBy('parkId', 'asc').orderBy('name', 'asc')
  const [{ total }, { data }, viewer] = await Promise.all([
    query.count(),
    query.skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    viewerOf(ctx)
  ])
  const items = await toCards(db, data as StewardUserDoc[], viewer)
  return { items, total, page: input.page, pageSize: input.pageSize, hasMore: input.page * input.pageSize < total }
}

export async function enterprisesInCare(ctx: ActionContext, stewardId: string): Promise<StewardEnterprise[]> {
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).where({ stewardId }).orderBy('name', 'asc').limit(MAX_LISTED_ENTERPRISES).get()
  return (data as unknown as EnterpriseDoc[]).map(({ _id, name }) => ({ _id, name }))
}

export async function getSteward(ctx: ActionContext, id: string): Promise<StewardDetail> {
  const [doc, viewer] = await Promise.all([loadSteward(ctx.db, id), viewerOf(ctx)])
  const [card] = await toCards(ctx.db, [doc], viewer)
  const enterprises = overseesSteward(viewer, doc) ? await enterprisesInCare(ctx, doc._id) : null
  return { ...card, mine: inCareOf(viewer, doc._id), enterprises }
}
