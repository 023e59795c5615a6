/**
 * A notice's audience: checked against the sender's scope (a park manager's audience is
 * always inside their park; 'city' is the admin's), turned into the stored fields, and
 * into the enterprises and users it reaches.
 */
import type { AudienceCount, EnterpriseOption, NoticeAudience, Page, ParsedRequest } from '../../../../../types'
import type { Condition, Database } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type NoticeDoc } from '../docs'
import { fail } from '../errors'
import { forEachBatch, pageOf } from '../paging'
import { managerScope, type ManagerScope } from './scope'
import { industryKey } from './visibility'

/** the audience fields of a notice document */
export type StoredAudience = Pick<NoticeDoc, 'audience' | 'parkIds' | 'industries' | 'industryKeys' | 'enterpriseIds'>

const PAGE = 1000
const IN_CHUNK = 100
const unique = <T>(xs: T[]): T[] => [...new Set(xs)]

async function assertParksExist(db: Database, parkIds: string[]): Promise<void> {
  if (parkIds.length === 0) return
  const { data } = await db.collection(COLLECTIONS.parks).where({ _id: db.command.in(parkIds) }).field({ _id: true }).get()
  if (data.length !== parkIds.length) fail('INVALID_INPUT', '所选园区不存在', 'audience.parkIds')
}

/** a park manager may name only their own park; an empty choice means it */
function parksInScope(scope: ManagerScope, parkIds: string[]): string[] {
  if (scope.kind === 'city') return parkIds
  if (parkIds.some((p) => p !== scope.parkId)) fail('PARK_SCOPE', '只能向本园区发送通知', 'audience.parkIds')
  return [scope.parkId]
}

/**
 * Checks an audience against the scope and answers what is stored. Throws before
 * anything is written: PARK_SCOPE for anything outside a park manager's park.
 */
export async function normalizeAudience(db: Database, scope: ManagerScope, input: NoticeAudience): Promise<StoredAudience> {
  const none = { parkIds: [] as string[], industries: [] as string[], industryKeys: [] as string[], enterpriseIds: [] as string[] }
  switch (input.kind) {
    case 'city':
      if (scope.kind === 'park') fail('PARK_SCOPE', '面向全市的通知只能由市级管理员发布', 'audience.kind')
      return { audience: 'city', ...none }
    case 'parks': {
      const parkIds = parksInScope(scope, unique(input.parkIds))
      await assertParksExist(db, parkIds)
      return { audience: 'parks', ...none, parkIds }
    }
    case 'industries': {
      const parkIds = parksInScope(scope, unique(input.parkIds))
      await assertParksExist(db, parkIds)
      const industries = unique(input.industries)
      const industryKeys = parkIds.length === 0 ? industries.map((i) => industryKey(null, i)) : parkIds.flatMap((p) => industries.map((i) => industryKey(p, i)))
      return { audience: 'industries', ...none, parkIds, industries, industryKeys }
    }
    case 'enterprises': {
      const enterpriseIds = unique(input.enterpriseIds)
      const { data } = await db.collection(COLLECTIONS.enterprises).where({ _id: db.command.in(enterpriseIds) }).field({ _id: true, parkId: true }).limit(PAGE).get()
      if (data.length !== enterpriseIds.length) fail('INVALID_INPUT', '所选企业不存在或已注销', 'audience.enterpriseIds')
      if (scope.kind === 'park' && data.some((e) => e.parkId !== scope.parkId)) fail('PARK_SCOPE', '只能向本园区的企业发送通知', 'audience.enterpriseIds')
      return { audience: 'enterprises', ...none, enterpriseIds }
    }
  }
}

export function toAudience(doc: StoredAudience): NoticeAudience {
  return { kind: doc.audience, parkIds: doc.audience === 'city' ? [] : doc.parkIds, industries: (doc.industries ?? []) as NoticeAudience['industries'], enterpriseIds: doc.enterpriseIds ?? [] }
}

/** the enterprises an audience reaches */
export function enterpriseCondition(db: Database, a: StoredAudience): Condition {
  const _ = db.command
  switch (a.audience) {
    case 'city':
      return {}
    case 'parks':
      return { parkId: _.in(a.parkIds) }
    case 'industries':
      return a.parkIds.length ? { industry: _.in(a.industries ?? []), parkId: _.in(a.parkIds) } : { industry: _.in(a.industries ?? []) }
    case 'enterprises':
      return { _id: _.in(a.enterpriseIds ?? []) }
  }
}

/** the enterprise users (one notification each) of these enterprises */
export async function entrepreneursOf(db: Database, enterpriseIds: string[]): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < enterpriseIds.length; i += IN_CHUNK) {
    const where = { role: 'entrepreneur', enterpriseId: db.command.in(enterpriseIds.slice(i, i + IN_CHUNK)) }
    await forEachBatch(db, COLLECTIONS.users, where, (data) => void out.push(...data.map((u) => u._id)), { field: { _id: true }, batch: PAGE })
  }
  return out
}

export async function countAudience(db: Database, a: StoredAudience): Promise<AudienceCount> {
  const where = enterpriseCondition(db, a)
  let enterprises = 0
  let users = 0
  await forEachBatch(
    db,
    COLLECTIONS.enterprises,
    where,
    async (data) => {
      enterprises += data.length
      const ids = data.map((e) => e._id)
      for (let i = 0; i < ids.length; i += IN_CHUNK) {
        users += (await db.collection(COLLECTIONS.users).where({ role: 'entrepreneur', enterpriseId: db.command.in(ids.slice(i, i + IN_CHUNK)) }).count()).total
      }
    },
    { field: { _id: true }, batch: PAGE }
  )
  return { enterprises, users }
}

/** 将送达 N 家企业、M 位用户, before anything is sent */
export async function previewAudience(ctx: ActionContext, audience: NoticeAudience): Promise<AudienceCount> {
  const scope = managerScope(ctx.caller)
  return countAudience(ctx.db, await normalizeAudience(ctx.db, scope, audience))
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function toOption(e: Pick<EnterpriseDoc, '_id' | 'name' | 'industry' | 'parkId'>): EnterpriseOption {
  return { _id: e._id, name: e.name, industry: e.industry, parkId: e.parkId }
}

/** the enterprises a manager may name: their park's (the admin: all), by name */
export function enterpriseOptions(ctx: ActionContext, input: ParsedRequest<'notice.enterprises'>): Promise<Page<EnterpriseOption>> {
  const scope = managerScope(ctx.caller)
  const where: Record<string, unknown> = scope.kind === 'park' ? { parkId: scope.parkId } : {}
  if (input.q) where.name = ctx.db.RegExp({ regexp: escapeRegExp(input.q), options: 'i' })
  const query = ctx.db.collection(COLLECTIONS.enterprises).where(where).orderBy('name', 'asc')
  return pageOf(query, input.page, input.pageSize, (d) => toOption(d as unknown as EnterpriseDoc))
}

/** names for the chosen enterprises, in the order chosen */
export async function namedEnterprises(db: Database, ids: string[]): Promise<EnterpriseOption[]> {
  if (ids.length === 0) return []
  const { data } = await db.collection(COLLECTIONS.enterprises).where({ _id: db.command.in(ids) }).limit(PAGE).get()
  const byId = new Map(data.map((e) => [e._id, toOption(e as unknown as EnterpriseDoc)]))
  return ids.map((id) => byId.get(id)).filter((e): e is EnterpriseOption => !!e)
}
