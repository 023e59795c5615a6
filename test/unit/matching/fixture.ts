/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Policies written straight into the store (the manager's editor is not under test here),
 * plus a second user of ent-a so "every bound user" means more than one.
 */
import { COLLECTIONS, type PolicyDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { approveMember, FIX, type Bed } from '../helpers'

export const MX = { ...FIX, staffA: 'oid-mx-staff-a' }

export async function seedSecondUser(bed: Bed): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db.collection(COLLECTIONS.users).doc(userIdFor(MX.staffA)).set({
    data: { openid: MX.staffA, role: 'entrepreneur', name: '甲企业员工', phone: '13900000001', parkId: FIX.parkA, enterpriseId: FIX.entA._id, createdAt: at, updatedAt: at }
  })
  await approveMember(bed, MX.staffA, FIX.entA._id)
}

export function policyDoc(id: string, over: Partial<PolicyDoc> = {}): PolicyDoc {
  return {
    _id: id,
    title: `示例政策${id}`,
    docNumber: '潭政发〔2026〕1号',
    issuer: '示例市人民政府',
    level: '市',
    categories: ['财税'],
    benefitType: '资金奖补',
    exempt: false,
    summary: '这是一条用于测试的政策摘要。',
    bodyHtml: '<p>正文</p>',
    bodyText: '正文',
    interpretation: null,
    attachments: [],
    effectiveFrom: '2026-01-01',
    expiresOn: null,
    applyFrom: null,
    applyUntil: null,
    criteria: {},
    industries: [],
    scales: [],
    parkIds: [],
    serviceId: null,
    editStatus: 'published',
    ownerParkId: null,
    createdById: 'u-manager',
    createdByName: '管理员',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    publishedById: 'u-manager',
    publishedByName: '管理员',
    publishedAt: '2026-10-01T00:00:00.000Z',
    withdrawnById: null,
    withdrawnByName: null,
    withdrawnAt: null,
    ...over
  }
}

export async function putPolicy(bed: Bed, id: string, over: Partial<PolicyDoc> = {}): Promise<PolicyDoc> {
  const { _id, ...rest } = policyDoc(id, over)
  await bed.db.collection(COLLECTIONS.policies).doc(_id).set({ data: rest })
  return { _id, ...rest }
}

/** the facts form as the client sends it, starting from ent-a's seeded facts */
export function facts(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { industry: '智能制造', scale: '小型', foundedOn: '2020-05-01', employees: null, revenueBand: null, tags: [], ...over }
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

export async function notificationsOf(bed: Bed, openid: string): Promise<Array<{ title: string; body: string; link: string; kind: string }>> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).orderBy('createdAt', 'asc').get()
  return data as any
}
