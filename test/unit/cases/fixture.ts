/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Fixture for the case engine tests: seedFixture plus a second steward in park A, a
 * steward in park B, the owner of ent-a2, and a park C with an enterprise but no
 * staff at all (its cases stay unassigned). ent-a's own steward is 管家甲.
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import type { Role } from '../../../types'
import { approveMember, code, FIX, seedFixture, type Bed } from '../helpers'

export const CX = {
  ...FIX,
  parkC: 'park-c',
  entC: { _id: 'ent-c', name: '示例无管家园区企业有限公司', creditCode: code('91430381MA4L00009'), parkId: 'park-c' },
  stewardA2: 'oid-cx-steward-a2',
  stewardB: 'oid-cx-steward-b',
  ownerA2: 'oid-cx-owner-a2',
  ownerC: 'oid-cx-owner-c',
  /** added by tests that need park C to have someone to assign to */
  stewardC: 'oid-cx-steward-c'
}

export const uid = userIdFor

export const NAMES: Record<string, string> = {
  [CX.ownerA]: '甲企业主',
  [CX.stewardA]: '管家甲',
  [CX.stewardA2]: '管家乙',
  [CX.stewardB]: '管家丁',
  [CX.managerA]: '管理员甲'
}

export async function putUser(bed: Bed, openid: string, role: Role, parkId: string | null, enterpriseId: string | null, name: string, phone = '13912345678'): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db.collection(COLLECTIONS.users).doc(uid(openid)).set({ data: { openid, role, name, phone, parkId, enterpriseId, createdAt: at, updatedAt: at } })
  // an enterprise user counts only with an approved membership
  if (role === 'entrepreneur' && enterpriseId) await approveMember(bed, openid, enterpriseId)
}

export async function seedCases(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await bed.db.collection(COLLECTIONS.parks).doc(CX.parkC).set({ data: { name: '示例新区', district: '示例区', intro: '' } })
  const { _id, ...entC } = CX.entC
  await bed.db.collection(COLLECTIONS.enterprises).doc(_id).set({ data: { ...entC, industry: '食品加工', scale: '小型', foundedOn: '2021-01-01', stewardId: null } })
  await putUser(bed, CX.stewardA2, 'steward', CX.parkA, null, '管家乙')
  await putUser(bed, CX.stewardB, 'steward', CX.parkB, null, '管家丁')
  await putUser(bed, CX.ownerA2, 'entrepreneur', CX.parkA, CX.entA2._id, '丙企业主')
  await putUser(bed, CX.ownerC, 'entrepreneur', CX.parkC, CX.entC._id, '丁企业主')
  // the complainant's phone, distinct so masking can be checked
  await putUser(bed, CX.ownerA, 'entrepreneur', CX.parkA, CX.entA._id, '甲企业主', '13911112222')
  await bed.db.collection(COLLECTIONS.enterprises).doc(CX.entA._id).update({ data: { stewardId: uid(CX.stewardA) } })
}

export const TEXT = {
  consult: '请问高新技术企业认定需要准备哪些材料？时间节点是什么？',
  complaint: '企业管家承诺协调用电增容，一个月没有任何答复，影响投产。'
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

export const submitConsult = (bed: Bed, owner = CX.ownerA) => ok(bed, owner, 'case.submit', { type: 'consult', category: '政策咨询', text: TEXT.consult })
export const submitComplaint = (bed: Bed, aboutSteward = false, owner = CX.ownerA) =>
  ok(bed, owner, 'case.submit', { type: 'complaint', category: aboutSteward ? '企业管家' : '办事效率', text: TEXT.complaint, aboutSteward })

/** the stored version, as the admin (who sees every case) reads it */
export async function versionOf(bed: Bed, id: string): Promise<number> {
  return (await ok(bed, CX.admin, 'case.get', { id })).version
}

/** a case write at the current version */
export async function act(bed: Bed, openid: string, action: string, id: string, payload: Record<string, unknown> = {}): Promise<any> {
  return ok(bed, openid, action, { id, version: await versionOf(bed, id), ...payload })
}

export async function tryAct(bed: Bed, openid: string, action: string, id: string, payload: Record<string, unknown> = {}) {
  return bed.call(openid, action, { id, version: await versionOf(bed, id), ...payload })
}

export async function notificationsOf(bed: Bed, openid: string): Promise<NotificationDoc[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(openid) }).orderBy('createdAt', 'asc').get()
  return data as unknown as NotificationDoc[]
}

/** the payload each case action needs (toUserId: a valid target other than the holder) */
export function payloadFor(action: string, toUserId: string): Record<string, unknown> {
  switch (action) {
    case 'reply':
      return { text: '已收到，正在协调相关部门。' }
    case 'requestInfo':
      return { text: '请补充用电负荷测算表' }
    case 'supplement':
      return { text: '已补充测算表，请查收。' }
    case 'transfer':
      return { toUserId, reason: '该事项由其他管家分管' }
    case 'resolve':
      return { summary: '已协调办理完毕，企业确认。' }
    case 'withdraw':
      return { reason: '问题已自行解决' }
    case 'rate':
      return { level: '满意', tags: ['响应及时'], comment: '' }
    case 'assign':
      return { toUserId, note: '' }
    case 'press':
      return { note: '请本周内办结' }
    case 'reviewReject':
      return { reason: '经核实已按政策办理到位' }
    case 'reviewRectify':
      return { note: '答复不够具体，未说明办理时限' }
    case 'revisit':
      return { note: '已重新答复并电话回访，企业认可' }
    default:
      return {}
  }
}
