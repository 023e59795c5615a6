/* eslint-disable @typescript-eslint/no-explicit-any -- results are inspected loosely */
/**
 * The shared fixture plus what targeting needs: park A's second enterprise is in another
 * industry and has its own user, so park, industry and enterprise audiences differ.
 */
import { COLLECTIONS, type UserDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { approveMember, FIX, seedFixture, type Bed } from '../helpers'

export const NN = {
  ...FIX,
  /** bound to entA2 (park A, 新材料) */
  ownerA2: 'oid-owner-a2',
  stewardB: 'oid-steward-b'
}

export async function seedContent(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA2._id).update({ data: { industry: '新材料' } })
  const extra: UserDoc[] = [
    { _id: userIdFor(NN.ownerA2), openid: NN.ownerA2, role: 'entrepreneur', name: '丙企业主', phone: '13800000001', parkId: FIX.parkA, enterpriseId: FIX.entA2._id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    { _id: userIdFor(NN.stewardB), openid: NN.stewardB, role: 'steward', name: '管家乙', phone: '13800000002', parkId: FIX.parkB, enterpriseId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
  ]
  for (const { _id, ...rest } of extra) await bed.db.collection(COLLECTIONS.users).doc(_id).set({ data: rest })
  await approveMember(bed, NN.ownerA2, FIX.entA2._id)
}

export const audience = (kind: string, over: Record<string, unknown> = {}) => ({ kind, parkIds: [], industries: [], enterpriseIds: [], ...over })

export const noticeInput = (over: Record<string, unknown> = {}) => ({
  title: '关于开展安全生产检查的通知',
  body: '请各企业于本周五前完成自查，并将自查情况报园区安监部门。',
  urgent: false,
  audience: audience('city'),
  ...over
})

/** must succeed; returns the data */
export async function ok(bed: Bed, openid: string, action: string, payload: unknown = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)} ${JSON.stringify(bed.logs.at(-1) ?? "")}`)
  return r.data
}

/** saves and publishes a notice as `openid`; returns the published notice */
export async function sendNotice(bed: Bed, openid: string, over: Record<string, unknown> = {}): Promise<any> {
  const draft = await ok(bed, openid, 'notice.save', noticeInput(over))
  return ok(bed, openid, 'notice.publish', { id: draft._id })
}

export const ids = (r: any): string[] => (r.ok ? r.data.items.map((i: { _id: string }) => i._id) : [])

export async function noticeNotifications(bed: Bed, noticeId: string): Promise<any[]> {
  return (await bed.db.collection(COLLECTIONS.notifications).where({ noticeId }).get()).data
}
