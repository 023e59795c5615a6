/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Fixture for the 惠企服务 tests: the case fixture (ent-a's steward is 管家甲) plus a
 * small catalogue stored exactly as the app stores it, a colleague of ent-a's owner,
 * and, on demand, many bound enterprises for the booking race.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { buildServiceDoc, type ServiceFields } from '../../../cloudfunctions/api/src/domain/services'
import type { Attachment } from '../../../types'
import { code, type Bed } from '../helpers'
import { CX, putUser, seedCases, uid } from '../cases/fixture'

export const SV = {
  ...CX,
  /** a second user of ent-a */
  staffA: 'oid-sv-staff-a',
  ipLoan: 'svc-ip-loan',
  opening: 'svc-opening',
  paused: 'svc-paused'
}

export const IP_LOAN: ServiceFields = {
  name: '知识产权质押融资',
  category: '融资信贷',
  department: '市金融工作服务中心',
  promisedDays: 5,
  fee: '免费',
  modes: ['帮办', '代办'],
  summary: '以专利、商标质押向合作银行申请贷款，管家协助对接。',
  guide: ['提交材料后，管家一个工作日内联系您。'],
  materials: [
    { key: 'license', name: '营业执照副本', required: true, note: '加盖公章' },
    { key: 'legal-id', name: '法定代表人身份证', required: true, note: '正反面' },
    { key: 'patent', name: '专利证书', required: false, note: '' }
  ],
  policyIds: [],
  active: true
}

const OPENING: ServiceFields = {
  ...IP_LOAN,
  name: '企业开办一件事',
  category: '企业开办',
  department: '市政务服务中心',
  modes: ['领办', '导办'],
  summary: '设立登记、刻章、申领发票一次办结。',
  materials: [{ key: 'lease', name: '住所证明', required: true, note: '' }]
}

const PAUSED: ServiceFields = { ...IP_LOAN, name: '水电气报装', category: '水电气报装', active: false }

export async function seedServices(bed: Bed): Promise<void> {
  await seedCases(bed)
  await putUser(bed, SV.staffA, 'entrepreneur', SV.parkA, SV.entA._id, '甲企业职员')
  const at = new Date('2026-10-01T00:00:00.000Z')
  const actor = { id: null, name: '系统' }
  for (const [id, fields] of [[SV.ipLoan, IP_LOAN], [SV.opening, OPENING], [SV.paused, PAUSED]] as const) {
    const { _id, ...doc } = buildServiceDoc(id, fields, actor, at)
    await bed.db.collection(COLLECTIONS.services).doc(_id).set({ data: doc })
  }
}

export const file = (name: string, kind: Attachment['kind'] = 'file'): Attachment => ({
  // uploads land under the uploader: ent-a's owner, who applies in these tests
  fileID: `cloud://env-test/u/${uid(SV.ownerA)}/202611/${encodeURIComponent(name).replace(/%/g, '')}.${kind === 'image' ? 'jpg' : 'pdf'}`,
  name,
  size: 2048,
  kind
})

export const APPLY_TEXT = '申请以两项发明专利质押融资500万元，用于产线升级。'

export function applyPayload(materials: Array<{ key: string; files: Attachment[] }>, extra: Record<string, unknown> = {}) {
  return { serviceId: SV.ipLoan, mode: '帮办', text: APPLY_TEXT, materials, ...extra }
}

export const fullMaterials = () => [
  { key: 'license', files: [file('营业执照副本')] },
  { key: 'legal-id', files: [file('身份证正面', 'image'), file('身份证反面', 'image')] }
]

/** n bound entrepreneurs of n distinct enterprises in park A: their openids */
export async function seedManyEnterprises(bed: Bed, n: number): Promise<string[]> {
  const openids: string[] = []
  for (let i = 0; i < n; i++) {
    const id = `ent-bk-${String(i).padStart(3, '0')}`
    const creditCode = code(`91430300MA4B${String(i).padStart(5, '0')}`)
    await bed.db.collection(COLLECTIONS.enterprises).doc(id).set({
      data: { name: `示例预约企业${i + 1}有限公司`, creditCode, parkId: SV.parkA, industry: '智能制造', scale: '小型', foundedOn: '2020-01-01', stewardId: null }
    })
    const openid = `oid-bk-${i}`
    await putUser(bed, openid, 'entrepreneur', SV.parkA, id, `预约企业主${i + 1}`)
    openids.push(openid)
  }
  return openids
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

export { uid }
