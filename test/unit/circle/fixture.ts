/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Fixture for the 企业商圈 tests: the shared fixture (ent-a and ent-a2 in park A, ent-b in
 * park B, a manager per park, the admin) plus a colleague of ent-a's owner and the owner
 * of ent-a2, and helpers to post and read.
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { CIRCLE_COLLECTIONS, type PostDoc } from '../../../cloudfunctions/api/src/domain/circle'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import type { Role } from '../../../types'
import { approveMember, FIX, seedFixture, type Bed } from '../helpers'

export const CC = {
  ...FIX,
  /** a second user of ent-a */
  colleagueA: 'oid-cc-colleague-a',
  /** the owner of ent-a2 (park A) */
  ownerA2: 'oid-cc-owner-a2',
  /** a second user of ent-b */
  colleagueB: 'oid-cc-colleague-b',
  /** a third reporting enterprise (park B) and its owner */
  entC: { _id: 'ent-cc-c', name: '湘潭第三示例商贸有限公司', parkId: 'park-b' },
  ownerC: 'oid-cc-owner-c',
  /** an applicant still 待认证: an entrepreneur account without an enterprise */
  applicant: 'oid-cc-applicant'
}

async function putUser(bed: Bed, openid: string, role: Role, parkId: string | null, enterpriseId: string | null, name: string): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db.collection(COLLECTIONS.users).doc(userIdFor(openid)).set({ data: { openid, role, name, phone: '13700000000', parkId, enterpriseId, createdAt: at, updatedAt: at } })
  // an enterprise user counts only with an approved membership
  if (role === 'entrepreneur' && enterpriseId) await approveMember(bed, openid, enterpriseId)
}

export async function seedCircle(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await putUser(bed, CC.colleagueA, 'entrepreneur', CC.parkA, CC.entA._id, '甲企业职员')
  await putUser(bed, CC.ownerA2, 'entrepreneur', CC.parkA, CC.entA2._id, '甲二企业主')
  await putUser(bed, CC.colleagueB, 'entrepreneur', CC.parkB, CC.entB._id, '乙企业职员')
  const { _id, ...entC } = CC.entC
  await bed.db.collection(COLLECTIONS.enterprises).doc(_id).set({ data: { ...entC, creditCode: '', industry: '商贸流通', scale: '小型', foundedOn: '2021-03-01', stewardId: null } })
  await putUser(bed, CC.ownerC, 'entrepreneur', CC.parkB, _id, '丙企业主')
  await putUser(bed, CC.applicant, 'entrepreneur', CC.parkA, null, '待认证用户')
}

export const CLEAN_TEXT = '本公司可承接数控车铣复合加工，月产能五万件，交期稳定，欢迎园区企业洽谈。'

/** an image uploaded by `openid` (uploads land under the uploader's folder) */
export const ownImage = (openid: string, name = 'part.jpg') => ({ fileID: `cloud://env-test/u/${userIdFor(openid)}/202611/${name}`, name, size: 120_000, kind: 'image' })

export const postPayload = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'supply',
  industry: '智能制造',
  title: '供应精密零部件加工',
  text: CLEAN_TEXT,
  images: [ownImage(CC.ownerA)],
  validDays: 30,
  contactName: '王经理',
  contactPhone: '13911112222',
  ...over
})

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

/** the error of a call that must fail */
export async function refused(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<{ code: string; message: string; field?: string }> {
  const r = await bed.call(openid, action, payload)
  if (r.ok) throw new Error(`${action} by ${openid} unexpectedly succeeded: ${JSON.stringify(r.data)}`)
  return r.error
}

export const publish = (bed: Bed, openid = CC.ownerA, over: Record<string, unknown> = {}) => ok(bed, openid, 'post.create', postPayload({ images: [ownImage(openid)], ...over }))

export async function listedIds(bed: Bed, openid: string, filter: Record<string, unknown> = {}): Promise<string[]> {
  return (await ok(bed, openid, 'post.list', { pageSize: 50, ...filter })).items.map((p: { _id: string }) => p._id)
}

export async function queueIds(bed: Bed, openid: string): Promise<string[]> {
  return (await ok(bed, openid, 'post.moderationQueue', { pageSize: 50 })).items.map((p: { _id: string }) => p._id)
}

export async function storedPost(bed: Bed, id: string): Promise<PostDoc | null> {
  return (await bed.db.collection(CIRCLE_COLLECTIONS.posts).doc(id).get()).data as PostDoc | null
}

export async function notificationsOf(bed: Bed, openid: string): Promise<NotificationDoc[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).orderBy('createdAt', 'asc').get()
  return data as NotificationDoc[]
}
