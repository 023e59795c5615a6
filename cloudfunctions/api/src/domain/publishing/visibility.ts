/**
 * Who reads what. News is public once published, or once its scheduled time has come
 * (so correctness never waits for the sweep). A notice is read by its audience only.
 */
import type { Condition, Database } from '../../db/port'
import type { Caller } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type NewsDoc } from '../docs'

export function publicNewsCondition(db: Database, now: Date): Condition {
  const _ = db.command
  return _.or([{ status: 'published' }, { status: 'scheduled', publishedAt: _.lte(now.toISOString()) }])
}

export function isPublicNews(doc: Pick<NewsDoc, 'status' | 'publishedAt'>, now: Date): boolean {
  return doc.status === 'published' || (doc.status === 'scheduled' && !!doc.publishedAt && doc.publishedAt <= now.toISOString())
}

/** the keys an 'industries' notice stores, and a reader of that industry in that park matches */
export function industryKey(parkId: string | null, industry: string): string {
  return `${parkId ?? '*'}:${industry}`
}

async function enterpriseOf(db: Database, caller: Caller): Promise<EnterpriseDoc | null> {
  const id = caller.role === 'entrepreneur' ? caller.user?.enterpriseId : null
  if (!id) return null
  return ((await db.collection(COLLECTIONS.enterprises).doc(id).get()).data as EnterpriseDoc | null) ?? null
}

/**
 * The audience part of a notice query: city-wide notices for everyone; for an enterprise
 * user also those to its park, its industry (everywhere or in its park) and to it by name;
 * staff also read their park's, and a park manager everything their park sent.
 * null: no restriction (the city admin).
 */
export async function noticeAudienceCondition(db: Database, caller: Caller): Promise<Condition | null> {
  if (caller.role === 'admin') return null
  const _ = db.command
  const parts: Condition[] = [{ audience: 'city' }]
  const enterprise = await enterpriseOf(db, caller)
  const parkId = enterprise?.parkId ?? caller.user?.parkId ?? null
  if (parkId) parts.push({ audience: 'parks', parkIds: parkId })
  if (enterprise) {
    parts.push({ audience: 'industries', industryKeys: _.in([industryKey(null, enterprise.industry), industryKey(enterprise.parkId, enterprise.industry)]) })
    parts.push({ audience: 'enterprises', enterpriseIds: enterprise._id })
  }
  if (caller.role === 'manager' && parkId) parts.push({ ownerParkId: parkId })
  return _.or(parts)
}

/** published notices the caller may read */
export async function readableNoticeCondition(db: Database, caller: Caller): Promise<Condition> {
  const audience = await noticeAudienceCondition(db, caller)
  return audience ? db.command.and([{ status: 'published' }, audience]) : { status: 'published' }
}
