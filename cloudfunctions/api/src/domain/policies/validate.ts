/**
 * Checks beyond the schema that both the editor (policy.save) and the bulk import
 * apply: real calendar dates in order, sane criteria ranges, known parks and services,
 * the park manager's scope, and a body that survives sanitising.
 */
import type * as v from 'valibot'
import type { EligibilityCriteria, EnterpriseScale, policyFieldsSchema } from '../../../../../types'
import type { Database } from '../../db/port'
import { isValidYmd } from '../calendar/beijingDate'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { sanitizePolicyHtml } from './sanitize'
import type { ManagerScope } from './scope'

export type PolicyFields = v.InferOutput<typeof policyFieldsSchema>

export interface FieldProblem {
  /** path under `fields`, e.g. 'expiresOn' or 'criteria.maxEmployees' */
  field: string
  message: string
  /** a scope violation (PARK_SCOPE) rather than bad input */
  scope?: boolean
}

const DATE_LABELS = { effectiveFrom: '生效日期', expiresOn: '失效日期', applyFrom: '申报开始日期', applyUntil: '申报截止日期' } as const

export function checkDates(f: Pick<PolicyFields, keyof typeof DATE_LABELS>): FieldProblem[] {
  const out: FieldProblem[] = []
  for (const key of Object.keys(DATE_LABELS) as Array<keyof typeof DATE_LABELS>) {
    const d = f[key]
    if (d && !isValidYmd(d)) out.push({ field: key, message: `${DATE_LABELS[key]}不是有效日期` })
  }
  if (out.length) return out
  if (f.effectiveFrom && f.expiresOn && f.effectiveFrom > f.expiresOn) out.push({ field: 'expiresOn', message: '失效日期不能早于生效日期' })
  if (f.applyFrom && f.applyUntil && f.applyFrom > f.applyUntil) out.push({ field: 'applyUntil', message: '申报截止日期不能早于申报开始日期' })
  return out
}

const RANGES = [
  ['minYearsFounded', 'maxYearsFounded', '成立年限'],
  ['minEmployees', 'maxEmployees', '员工人数'],
  ['minRevenueWan', 'maxRevenueWan', '营业收入']
] as const

export function checkCriteria(c: EligibilityCriteria): FieldProblem[] {
  const out: FieldProblem[] = []
  for (const [min, max, label] of RANGES) {
    const lo = c[min]
    const hi = c[max]
    if (lo !== undefined && hi !== undefined && lo > hi) out.push({ field: `criteria.${max}`, message: `${label}上限不能小于下限` })
  }
  return out
}

const uniq = <T>(xs: T[] | undefined): T[] => [...new Set(xs ?? [])]

/**
 * Criteria as stored: empty lists and absent numbers mean "no condition" and are left
 * out; a park manager's policy always targets their own park.
 */
export function normaliseCriteria(c: EligibilityCriteria, scope: ManagerScope): EligibilityCriteria {
  const out: EligibilityCriteria = {}
  const industries = uniq(c.industries)
  const scales = uniq(c.scales)
  const parkIds = scope.kind === 'park' ? [scope.parkId] : uniq(c.parkIds)
  const tags = uniq(c.requiredTags)
  if (industries.length) out.industries = industries
  if (scales.length) out.scales = scales
  if (parkIds.length) out.parkIds = parkIds
  for (const key of ['minYearsFounded', 'maxYearsFounded', 'minEmployees', 'maxEmployees', 'minRevenueWan', 'maxRevenueWan'] as const) {
    if (c[key] !== undefined) out[key] = c[key]
  }
  if (tags.length) out.requiredTags = tags
  return out
}

export function checkParkScope(c: EligibilityCriteria, scope: ManagerScope): FieldProblem[] {
  if (scope.kind === 'city') return []
  const other = (c.parkIds ?? []).filter((p) => p !== scope.parkId)
  return other.length ? [{ field: 'criteria.parkIds', message: '园区管理员只能面向本园区发布政策', scope: true }] : []
}

/** ids among `ids` that are not documents of `collection` */
export async function missingIds(db: Database, collection: string, ids: string[]): Promise<Set<string>> {
  const wanted = uniq(ids)
  const found = new Set<string>()
  for (let i = 0; i < wanted.length; i += 100) {
    const chunk = wanted.slice(i, i + 100)
    const { data } = await db.collection(collection).where({ _id: db.command.in(chunk) }).field({ _id: true }).limit(chunk.length).get()
    data.forEach((d) => found.add(d._id))
  }
  return new Set(wanted.filter((id) => !found.has(id)))
}

/** the stored content of a policy built from edited fields (not the lifecycle) */
export type PolicyContent = Pick<
  PolicyDoc,
  | 'title' | 'docNumber' | 'issuer' | 'level' | 'categories' | 'benefitType' | 'exempt' | 'summary' | 'bodyHtml' | 'bodyText'
  | 'interpretation' | 'attachments' | 'effectiveFrom' | 'expiresOn' | 'applyFrom' | 'applyUntil' | 'criteria'
  | 'industries' | 'scales' | 'parkIds' | 'serviceId'
>

export function toContent(f: PolicyFields, scope: ManagerScope): { content: PolicyContent; problems: FieldProblem[] } {
  const problems = [...checkDates(f), ...checkCriteria(f.criteria), ...checkParkScope(f.criteria, scope)]
  const body = sanitizePolicyHtml(f.bodyHtml)
  if (!body.text && !/<img\s/i.test(body.html)) problems.push({ field: 'bodyHtml', message: '正文在去除不安全内容后为空，请检查正文' })
  const criteria = normaliseCriteria(f.criteria, scope)
  const content: PolicyContent = {
    title: f.title,
    docNumber: f.docNumber,
    issuer: f.issuer,
    level: f.level,
    categories: uniq(f.categories),
    benefitType: f.benefitType,
    exempt: f.exempt,
    summary: f.summary,
    bodyHtml: body.html,
    bodyText: body.text,
    interpretation: f.interpretation,
    attachments: f.attachments,
    effectiveFrom: f.effectiveFrom,
    expiresOn: f.expiresOn,
    applyFrom: f.applyFrom,
    applyUntil: f.applyUntil,
    criteria,
    industries: criteria.industries ?? [],
    scales: (criteria.scales ?? []) as EnterpriseScale[],
    parkIds: criteria.parkIds ?? [],
    serviceId: f.serviceId
  }
  return { content, problems }
}

/** unknown parks and services named by one or more policies */
export async function checkReferences(db: Database, contents: PolicyContent[]): Promise<(c: PolicyContent) => FieldProblem[]> {
  const [parks, services] = await Promise.all([
    missingIds(db, COLLECTIONS.parks, contents.flatMap((c) => c.parkIds)),
    missingIds(db, COLLECTIONS.services, contents.flatMap((c) => (c.serviceId ? [c.serviceId] : [])))
  ])
  return (c) => {
    const out: FieldProblem[] = []
    const badParks = c.parkIds.filter((p) => parks.has(p))
    if (badParks.length) out.push({ field: 'criteria.parkIds', message: `园区不存在：${badParks.join('、')}` })
    if (c.serviceId && services.has(c.serviceId)) out.push({ field: 'serviceId', message: `关联的服务不存在：${c.serviceId}` })
    return out
  }
}

/** title + 文号 identify a policy; an empty 文号 still compares (title alone then) */
export const duplicateKey = (c: Pick<PolicyDoc, 'title' | 'docNumber'>): string => `${c.title}\u0000${c.docNumber}`

/** the keys among `contents` that already exist, except the policy `exceptId` itself */
export async function existingKeys(db: Database, contents: Array<Pick<PolicyDoc, 'title' | 'docNumber'>>, exceptId?: string): Promise<Set<string>> {
  const titles = uniq(contents.map((c) => c.title))
  const keys = new Set<string>()
  for (let i = 0; i < titles.length; i += 100) {
    const chunk = titles.slice(i, i + 100)
    const { data } = await db.collection(COLLECTIONS.policies).where({ title: db.command.in(chunk) }).field({ title: true, docNumber: true }).limit(1000).get()
    data.filter((d) => d._id !== exceptId).forEach((d) => keys.add(duplicateKey(d as PolicyDoc)))
  }
  return keys
}
