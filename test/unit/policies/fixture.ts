/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Policy-library fixture: seedFixture plus an editor payload builder, and helpers that
 * create policies through the manager's own actions (so the tests exercise save/publish).
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { FIX, type Bed } from '../helpers'

export const PX = FIX

let seq = 0

/** valid editor fields; each call gets a fresh title so duplicates only happen on purpose */
export function fields(over: Record<string, unknown> = {}): Record<string, any> {
  seq++
  return {
    title: `测试政策第${seq}号`,
    docNumber: `潭政发〔2026〕${seq}号`,
    issuer: '湘潭市人民政府',
    level: '市',
    categories: ['财税'],
    benefitType: '资金奖补',
    summary: '支持中小企业发展的若干措施摘要。',
    bodyHtml: '<p>第一条 为支持企业发展，制定本措施。</p>',
    ...over
  }
}

export async function ok(bed: Bed, openid: string, action: string, payload: unknown = {}, requestId?: string): Promise<any> {
  const res = await bed.call(openid, action, payload, requestId)
  if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`)
  return res.data
}

export async function refused(bed: Bed, openid: string, action: string, payload: unknown = {}): Promise<{ code: string; message: string; field?: string }> {
  const res = await bed.call(openid, action, payload)
  if (res.ok) throw new Error(`${action} unexpectedly succeeded`)
  return res.error
}

/** saves as `openid` (admin by default) and publishes; returns the published detail */
export async function published(bed: Bed, over: Record<string, unknown> = {}, openid = PX.admin): Promise<any> {
  const draft = await ok(bed, openid, 'policy.save', { fields: fields(over) })
  return ok(bed, openid, 'policy.publish', { id: draft._id })
}

export async function notificationsOf(bed: Bed, openid: string): Promise<NotificationDoc[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).orderBy('createdAt', 'asc').get()
  return data as NotificationDoc[]
}

export async function policyCount(bed: Bed): Promise<number> {
  return (await bed.db.collection(COLLECTIONS.policies).count()).total
}
