/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * 企业认证 fixture: seedFixture (ownerA and ownerB are their enterprises' first members and
 * admins) plus strangers, a steward of ent-a, a colleague, and readers for the audit log and
 * the notification centre.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { membershipIdOf } from '../../../cloudfunctions/api/src/domain/membership'
import type { Role } from '../../../types'
import { FIX, seedFixture, type Bed } from '../helpers'

export const MB = {
  ...FIX,
  stranger: 'oid-mb-stranger',
  colleague: 'oid-mb-colleague',
  third: 'oid-mb-third',
  stewardB: 'oid-mb-steward-b'
}

export const uid = userIdFor
export const memberId = (openid: string, enterpriseId: string): string => membershipIdOf(enterpriseId, uid(openid))

/** an upload of this user's own (attachments must be the caller's own files) */
export const upload = (openid: string, name: string, kind: 'image' | 'file' = 'image') => ({
  fileID: `cloud://test-env/u/${uid(openid)}/202611/${name}`,
  name,
  size: 120_000,
  kind
})

export function applyPayload(openid: string, ent: { name: string; creditCode: string }, capacity: 'legalRep' | 'authorised' = 'authorised') {
  return {
    name: ent.name,
    creditCode: ent.creditCode,
    capacity,
    licence: upload(openid, 'licence.jpg'),
    authorisation: capacity === 'authorised' ? upload(openid, 'authorisation.pdf', 'file') : null
  }
}

export async function putUser(bed: Bed, openid: string, role: Role, parkId: string | null, name: string): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db.collection(COLLECTIONS.users).doc(uid(openid)).set({ data: { openid, role, name, phone: '13912340000', parkId, enterpriseId: null, createdAt: at, updatedAt: at } })
}

export async function seedMembership(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await putUser(bed, MB.stranger, 'guest', null, '陌生人')
  await putUser(bed, MB.colleague, 'guest', null, '甲企业同事')
  await putUser(bed, MB.third, 'guest', null, '甲企业新人')
  await putUser(bed, MB.stewardB, 'steward', FIX.parkB, '管家乙')
  // ent-a's own steward is 管家甲
  await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA._id).update({ data: { stewardId: uid(FIX.stewardA) } })
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} as ${openid} failed: ${r.error.code} ${r.error.message}`)
  return r.data
}

export async function auditOf(bed: Bed, action: string): Promise<any[]> {
  return (await bed.db.collection(COLLECTIONS.audit).where({ action }).get()).data
}

export async function notificationsOf(bed: Bed, openid: string): Promise<any[]> {
  return (await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(openid) }).get()).data
}

/** files a request for ent-a as `openid`; answers the membership id */
export async function applyForA(bed: Bed, openid: string): Promise<string> {
  const me = await ok(bed, openid, 'membership.apply', applyPayload(openid, FIX.entA))
  return me.membership._id
}

/**
 * Every stored document except the rate-limit counters (router bookkeeping, not domain data)
 * and the store's revision counter: a refused call must leave this unchanged.
 */
export function domainDigest(bed: Bed): string {
  const skip = new Set(['rateLimits', '$meta'])
  const tables = bed.db.raw.prepare("select name from sqlite_master where type='table' order by name").all() as Array<{ name: string }>
  return tables
    .filter(({ name }) => !skip.has(name))
    .map(({ name }) => {
      const rows = bed.db.raw.prepare(`select * from "${name}" order by 1`).all()
      return rows.length ? `${name}:${JSON.stringify(rows)}` : ''
    })
    .filter(Boolean)
    .join('\n')
}
