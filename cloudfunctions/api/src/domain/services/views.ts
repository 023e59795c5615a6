/** Stored service → what the client reads. */
import type { ServiceDetail, ServiceSummary } from '../../../../../types'
import type { ServiceDoc } from './docs'

/** lists leave the long parts behind */
export const SUMMARY_FIELDS = { guide: false, materials: false, policyIds: false } as const

export function toServiceSummary(doc: ServiceDoc): ServiceSummary {
  return {
    _id: doc._id,
    name: doc.name,
    category: doc.category,
    department: doc.department,
    promisedDays: doc.promisedDays,
    fee: doc.fee,
    modes: doc.modes,
    summary: doc.summary,
    active: doc.active,
    parkId: doc.parkId ?? null
  }
}

export function toServiceDetail(doc: ServiceDoc): ServiceDetail {
  return {
    ...toServiceSummary(doc),
    materials: doc.materials.map((m) => ({ key: m.key, name: m.name, required: m.required, note: m.note })),
    guide: doc.guide,
    policyIds: doc.policyIds
  }
}
