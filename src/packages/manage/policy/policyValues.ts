/**
 * The policy editor's values and their translation to policy.save's fields. Numbers are
 * typed as text and dates chosen as 'YYYY-MM-DD' ('' = not set); the shared
 * policyFieldsSchema and the server's cross-field checks give the messages.
 */
import * as v from 'valibot'
import {
  policyFieldsSchema,
  type BenefitType,
  type EligibilityCriteria,
  type EnterpriseScale,
  type EnterpriseTag,
  type PolicyCategory,
  type PolicyDetail,
  type PolicyLevel,
  type Request
} from '../../../../types'

export const RANGE_KEYS = ['minYearsFounded', 'maxYearsFounded', 'minEmployees', 'maxEmployees', 'minRevenueWan', 'maxRevenueWan'] as const
export type RangeKey = (typeof RANGE_KEYS)[number]

export interface PolicyValues extends Record<RangeKey, string> {
  title: string
  docNumber: string
  issuer: string
  level: PolicyLevel | ''
  categories: PolicyCategory[]
  benefitType: BenefitType | ''
  exempt: boolean
  summary: string
  bodyHtml: string
  interpretation: string
  videoUrl: string
  attachments: Array<{ name: string; url: string }>
  effectiveFrom: string
  expiresOn: string
  applyFrom: string
  applyUntil: string
  industries: string[]
  scales: EnterpriseScale[]
  parkIds: string[]
  requiredTags: EnterpriseTag[]
  serviceId: string
}

export type PolicyFieldsInput = Request<'policy.save'>['fields']

export const EMPTY_POLICY: PolicyValues = {
  title: '',
  docNumber: '',
  issuer: '',
  level: '',
  categories: [],
  benefitType: '',
  exempt: false,
  summary: '',
  bodyHtml: '',
  interpretation: '',
  videoUrl: '',
  attachments: [],
  effectiveFrom: '',
  expiresOn: '',
  applyFrom: '',
  applyUntil: '',
  industries: [],
  scales: [],
  parkIds: [],
  requiredTags: [],
  serviceId: '',
  minYearsFounded: '',
  maxYearsFounded: '',
  minEmployees: '',
  maxEmployees: '',
  minRevenueWan: '',
  maxRevenueWan: ''
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n))

export function fromDetail(d: PolicyDetail): PolicyValues {
  const c = d.criteria
  return {
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    level: d.level,
    categories: d.categories,
    benefitType: d.benefitType,
    exempt: d.exempt,
    summary: d.summary,
    bodyHtml: d.bodyHtml,
    interpretation: d.interpretation?.text ?? '',
    videoUrl: d.interpretation?.videoUrl ?? '',
    attachments: d.attachments.map((a) => ({ name: a.name, url: a.url })),
    effectiveFrom: d.effectiveFrom ?? '',
    expiresOn: d.expiresOn ?? '',
    applyFrom: d.applyFrom ?? '',
    applyUntil: d.applyUntil ?? '',
    industries: c.industries ?? [],
    scales: c.scales ?? [],
    parkIds: c.parkIds ?? [],
    requiredTags: c.requiredTags ?? [],
    serviceId: d.serviceId ?? '',
    minYearsFounded: text(c.minYearsFounded),
    maxYearsFounded: text(c.maxYearsFounded),
    minEmployees: text(c.minEmployees),
    maxEmployees: text(c.maxEmployees),
    minRevenueWan: text(c.minRevenueWan),
    maxRevenueWan: text(c.maxRevenueWan)
  }
}

/** '' → no condition; anything else a number (NaN for text, so the schema says 应为数字) */
const numberOf = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()))

export function toCriteria(values: PolicyValues): EligibilityCriteria {
  const c: EligibilityCriteria = {}
  if (values.industries.length) c.industries = values.industries
  if (values.scales.length) c.scales = values.scales
  if (values.parkIds.length) c.parkIds = values.parkIds
  if (values.requiredTags.length) c.requiredTags = values.requiredTags
  for (const key of RANGE_KEYS) {
    const n = numberOf(values[key])
    if (n !== undefined) c[key] = n
  }
  return c
}

export function toFields(values: PolicyValues): PolicyFieldsInput {
  const interpretation = values.interpretation.trim() || values.videoUrl.trim() ? { text: values.interpretation, videoUrl: values.videoUrl.trim() || null } : null
  return {
    title: values.title,
    docNumber: values.docNumber,
    issuer: values.issuer,
    level: values.level as PolicyLevel,
    categories: values.categories,
    benefitType: values.benefitType as BenefitType,
    exempt: values.exempt,
    summary: values.summary,
    bodyHtml: values.bodyHtml,
    interpretation,
    attachments: values.attachments,
    effectiveFrom: values.effectiveFrom || null,
    expiresOn: values.expiresOn || null,
    applyFrom: values.applyFrom || null,
    applyUntil: values.applyUntil || null,
    criteria: toCriteria(values) as PolicyFieldsInput['criteria'],
    serviceId: values.serviceId || null
  }
}

/** the value key a field path (schema issue or server error, with or without 'fields.') is about */
export function keyOfPolicyField(path: string): string {
  const parts = path.replace(/^fields\./, '').split('.')
  if (parts[0] === 'interpretation') return parts[1] === 'videoUrl' ? 'videoUrl' : 'interpretation'
  if (parts[0] === 'criteria') return parts[1] ?? 'criteria'
  return parts[0] ?? ''
}

const RANGES: Array<[RangeKey, RangeKey, string]> = [
  ['minYearsFounded', 'maxYearsFounded', '成立年限'],
  ['minEmployees', 'maxEmployees', '员工人数'],
  ['minRevenueWan', 'maxRevenueWan', '营业收入']
]

/** the schema's first message per field, then the same order checks the server makes */
export function validatePolicy(values: PolicyValues): Record<string, string> {
  const out: Record<string, string> = {}
  const fields = toFields(values)
  const parsed = v.safeParse(policyFieldsSchema, fields)
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = keyOfPolicyField((issue.path ?? []).map((p) => String(p.key)).join('.'))
      if (!(key in out)) out[key] = issue.message
    }
  }
  if (values.interpretation.trim() === '' && values.videoUrl.trim() !== '' && !out.interpretation) out.interpretation = '有解读视频时请填写解读文字'
  if (fields.effectiveFrom && fields.expiresOn && fields.effectiveFrom > fields.expiresOn && !out.expiresOn) out.expiresOn = '失效日期不能早于生效日期'
  if (fields.applyFrom && fields.applyUntil && fields.applyFrom > fields.applyUntil && !out.applyUntil) out.applyUntil = '申报截止日期不能早于申报开始日期'
  const c = fields.criteria ?? {}
  for (const [min, max, label] of RANGES) {
    const lo = c[min]
    const hi = c[max]
    if (lo !== undefined && hi !== undefined && lo > hi && !out[max]) out[max] = `${label}上限不能小于下限`
  }
  return out
}
