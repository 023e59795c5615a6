/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Fixture for 管家团队: seedFixture plus a second steward in park A, a steward in park B,
 * the owner of ent-a2, distinct phone numbers, and cards on the stewards. ent-a is in
 * 管家甲's care; ent-a2 and ent-b have no steward.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import type { Role, StewardCardFields } from '../../../types'
import { approveMember, FIX, seedFixture, type Bed } from '../helpers'

export const SX = {
  ...FIX,
  stewardA2: 'oid-sx-steward-a2',
  stewardB: 'oid-sx-steward-b',
  ownerA2: 'oid-sx-owner-a2'
}

export const uid = userIdFor

export const PHONES = {
  stewardA: '15200731628',
  stewardA2: '17773260915',
  stewardB: '13787302254'
}

export const MASKED_A = '152****1628'

const CARDS: Record<string, StewardCardFields> = {
  [SX.stewardA]: { title: '高新区经济发展局副局长', department: '湘潭高新区管委会', duties: ['信息员', '办事员'], expertise: ['高新技术企业认定', '科技金融'], photo: null },
  [SX.stewardA2]: { title: '招商服务科科长', department: '高新区招商服务中心', duties: ['保障员', '联络员'], expertise: ['用工招聘'], photo: 'cloud://env/stewards/a2.jpg' },
  [SX.stewardB]: { title: '企业服务专员', department: '示例经开区管委会', duties: ['联络员'], expertise: ['物流仓储'], photo: null }
}

async function putUser(bed: Bed, openid: string, role: Role, parkId: string | null, enterpriseId: string | null, name: string, phone: string, extra: object = {}): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db.collection(COLLECTIONS.users).doc(uid(openid)).set({ data: { openid, role, name, phone, parkId, enterpriseId, createdAt: at, updatedAt: at, ...extra } })
  // an enterprise user counts only with an approved membership
  if (role === 'entrepreneur' && enterpriseId) await approveMember(bed, openid, enterpriseId)
}

export async function seedStewards(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await putUser(bed, SX.stewardA, 'steward', SX.parkA, null, '管家甲', PHONES.stewardA, CARDS[SX.stewardA])
  await putUser(bed, SX.stewardA2, 'steward', SX.parkA, null, '管家乙', PHONES.stewardA2, CARDS[SX.stewardA2])
  await putUser(bed, SX.stewardB, 'steward', SX.parkB, null, '管家丁', PHONES.stewardB, CARDS[SX.stewardB])
  await putUser(bed, SX.ownerA2, 'entrepreneur', SX.parkA, SX.entA2._id, '丙企业主', '13911112222')
  await bed.db.collection(COLLECTIONS.enterprises).doc(SX.entA._id).update({ data: { stewardId: uid(SX.stewardA) } })
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

export const CONSULT = { type: 'consult', category: '政策咨询', text: '请问高新技术企业认定需要准备哪些材料？时间节点是什么？' }
export const REASON = '管家近两个月很难联系上，企业用电增容的问题一直没有进展，希望更换一位管家。'
