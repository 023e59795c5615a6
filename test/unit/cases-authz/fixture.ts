/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Fixture for the case authorization, leak and concurrency tests: seedFixture plus the
 * people a case touches (a second enterprise's owner, several stewards, enterprise
 * steward assignments) and drivers that bring a case to a given state through the
 * router only, so the tests exercise behaviour, not the engine's internals.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import type { Role } from '../../../types'
import { approveMember, FIX, seedFixture, type Bed } from '../helpers'

export const AZ = {
  ...FIX,
  /** entrepreneur of ent-a2 (same park as ent-a) */
  ownerA2: 'oid-az-owner-a2',
  /** a colleague of ownerA at ent-a */
  staffA: 'oid-az-staff-a',
  /** ent-a's own steward (FIX.stewardA) is 管家甲; these are the park's others */
  stewardA2: 'oid-az-steward-a2',
  stewardA3: 'oid-az-steward-a3',
  stewardB: 'oid-az-steward-b'
}

/** Distinct names and phones, so a leak of someone's identity can be searched for in any answer. */
export const PEOPLE: Record<string, { name: string; phone: string }> = {
  [AZ.ownerA]: { name: '甲企业主', phone: '13911110001' },
  [AZ.staffA]: { name: '甲企业职员', phone: '13911110002' },
  [AZ.ownerA2]: { name: '丙企业主', phone: '13911110003' },
  [AZ.ownerB]: { name: '乙企业主', phone: '13911110004' },
  [AZ.stewardA]: { name: '管家甲', phone: '13911110005' },
  [AZ.stewardA2]: { name: '管家乙', phone: '13911110006' },
  [AZ.stewardA3]: { name: '管家丙', phone: '13911110007' },
  [AZ.stewardB]: { name: '管家丁', phone: '13911110008' },
  [AZ.managerA]: { name: '管理员甲', phone: '13911110009' },
  [AZ.managerB]: { name: '管理员乙', phone: '13911110010' },
  [AZ.admin]: { name: '市级管理员', phone: '13911110011' }
}

export const uid = userIdFor

async function putUser(bed: Bed, openid: string, role: Role, parkId: string | null, enterpriseId: string | null): Promise<void> {
  const { name, phone } = PEOPLE[openid]
  const at = '2026-01-01T00:00:00.000Z'
  await bed.db
    .collection(COLLECTIONS.users)
    .doc(uid(openid))
    .set({ data: { openid, role, name, phone, parkId, enterpriseId, createdAt: at, updatedAt: at } })
  // an enterprise user counts only with an approved membership
  if (role === 'entrepreneur' && enterpriseId) await approveMember(bed, openid, enterpriseId)
}

/**
 * seedFixture + ent-a's steward is 管家甲 (stewardA), ent-a2's is 管家丙 (stewardA3),
 * ent-b's is 管家丁 (stewardB); 管家乙 (stewardA2) looks after no enterprise.
 */
export async function seedAuthz(bed: Bed): Promise<void> {
  await seedFixture(bed)
  await putUser(bed, AZ.ownerA, 'entrepreneur', AZ.parkA, AZ.entA._id)
  await putUser(bed, AZ.staffA, 'entrepreneur', AZ.parkA, AZ.entA._id)
  await putUser(bed, AZ.ownerA2, 'entrepreneur', AZ.parkA, AZ.entA2._id)
  await putUser(bed, AZ.ownerB, 'entrepreneur', AZ.parkB, AZ.entB._id)
  await putUser(bed, AZ.stewardA, 'steward', AZ.parkA, null)
  await putUser(bed, AZ.stewardA2, 'steward', AZ.parkA, null)
  await putUser(bed, AZ.stewardA3, 'steward', AZ.parkA, null)
  await putUser(bed, AZ.stewardB, 'steward', AZ.parkB, null)
  await putUser(bed, AZ.managerA, 'manager', AZ.parkA, null)
  await putUser(bed, AZ.managerB, 'manager', AZ.parkB, null)
  await putUser(bed, AZ.admin, 'admin', null, null)
  const ents = bed.db.collection(COLLECTIONS.enterprises)
  await ents.doc(AZ.entA._id).update({ data: { stewardId: uid(AZ.stewardA) } })
  await ents.doc(AZ.entA2._id).update({ data: { stewardId: uid(AZ.stewardA3) } })
  await ents.doc(AZ.entB._id).update({ data: { stewardId: uid(AZ.stewardB) } })
}

let requestSeq = 0
/** a fresh, valid client request id */
export const rid = (): string => `az-req-${Date.now().toString(36)}-${(++requestSeq).toString(36).padStart(4, '0')}`

/** Calls and insists on success (setup steps must not silently fail). */
export async function must(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload, rid())
  if (!r.ok) throw new Error(`setup step ${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

/** The case as the city admin sees it (admin sees every case). */
export async function adminView(bed: Bed, id: string): Promise<any> {
  return must(bed, AZ.admin, 'case.get', { id })
}

/** A case write by `openid` at the case's current version. */
export async function step(bed: Bed, openid: string, action: string, id: string, payload: Record<string, unknown> = {}): Promise<any> {
  const { version } = await adminView(bed, id)
  return must(bed, openid, action, { id, version, ...payload })
}

export const TEXT = {
  consult: '请问我司申报高新技术企业认定需要准备哪些材料，时间节点是什么？',
  complaint: '企业管家多次承诺协调用电增容，至今没有任何答复，影响企业投产。',
  reply: '已收到，正在协调供电部门，三日内答复。',
  requestInfo: '请补充用电负荷测算表',
  supplement: '已补充用电负荷测算表，请查收。',
  transfer: '该事项属于其他管家分管领域',
  resolve: '已协调供电部门完成增容方案，企业已确认。',
  withdraw: '问题已自行解决',
  press: '请加快办理，本周内办结',
  reviewReject: '经核实答复已按政策办理到位',
  reviewRectify: '答复不够具体，未说明办理时限',
  revisit: '已重新答复并电话回访企业，企业认可'
}

export type Scenario = 'consult' | 'complaintAboutSteward'

/** Who plays which part in a scenario. */
export interface Cast {
  /** the steward handling the case once it reaches a steward */
  assigned: string
  otherSteward: string
  /** the steward the complaint is about (none for a consultation) */
  complainedOf: string | null
  /** a valid target for transfer and reassignment */
  handOver: string
}

export const CASTS: Record<Scenario, Cast> = {
  // a consultation goes to the enterprise's own steward
  consult: { assigned: AZ.stewardA, otherSteward: AZ.stewardA2, complainedOf: null, handOver: AZ.stewardA3 },
  // a complaint about 管家甲 goes to the park manager, who hands it to 管家乙
  complaintAboutSteward: { assigned: AZ.stewardA2, otherSteward: AZ.stewardA3, complainedOf: AZ.stewardA, handOver: AZ.stewardA3 }
}

/** Submits the scenario's case as ownerA and brings it to 'assigned' to the cast's steward. */
export async function openCase(bed: Bed, scenario: Scenario, owner = AZ.ownerA): Promise<string> {
  const cast = CASTS[scenario]
  const submitted =
    scenario === 'consult'
      ? await must(bed, owner, 'case.submit', { type: 'consult', category: '政策咨询', text: TEXT.consult })
      : await must(bed, owner, 'case.submit', { type: 'complaint', category: '企业管家', text: TEXT.complaint, aboutSteward: true })
  const id = submitted._id as string
  const seen = await adminView(bed, id)
  if (scenario === 'consult') {
    if (seen.status !== 'assigned' || seen.assigneeName !== PEOPLE[cast.assigned].name) {
      throw new Error(`a consultation should go to the enterprise's steward, got ${seen.status} / ${seen.assigneeName}`)
    }
  } else {
    await step(bed, AZ.managerA, 'case.assign', id, { toUserId: uid(cast.assigned), note: '请核实处理' })
  }
  return id
}

export type CaseState = 'assigned' | 'in_progress' | 'awaiting_info' | 'resolved' | 'rated_bad' | 'rectifying'

/** Brings an open case (from openCase) forward to `state` through legal transitions. */
export async function advance(bed: Bed, scenario: Scenario, id: string, state: CaseState): Promise<void> {
  const { assigned } = CASTS[scenario]
  if (state === 'assigned') return
  await step(bed, assigned, 'case.accept', id)
  if (state === 'in_progress') return
  if (state === 'awaiting_info') {
    await step(bed, assigned, 'case.requestInfo', id, { text: TEXT.requestInfo })
    return
  }
  await step(bed, assigned, 'case.resolve', id, { summary: TEXT.resolve })
  if (state === 'resolved') return
  await step(bed, AZ.ownerA, 'case.rate', id, { level: '不满意', tags: ['问题未解决'], comment: '没有解决实际问题' })
  if (state === 'rated_bad') return
  await step(bed, AZ.managerA, 'case.reviewRectify', id, { note: TEXT.reviewRectify })
}

/** Everything a user of the given openid can read through list actions: ids and totals per call. */
export async function listIds(bed: Bed, openid: string, action: string, payload: Record<string, unknown>): Promise<{ ok: boolean; code?: string; ids: string[]; total: number }> {
  const r = await bed.call(openid, action, { pageSize: 50, ...payload })
  if (!r.ok) return { ok: false, code: r.error.code, ids: [], total: 0 }
  return { ok: true, ids: r.data.items.map((c: any) => c._id).sort(), total: r.data.total }
}
