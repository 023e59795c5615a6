import type { BenefitType, EnterpriseScale, PolicyCategory, PolicyLevel, Request } from '../../../types'

export type PolicySort = 'relevance' | 'date'

/** what the 筛选 sheet chooses; empty lists mean "any" */
export interface PolicyFilters {
  categories: PolicyCategory[]
  levels: PolicyLevel[]
  industries: string[]
  scales: EnterpriseScale[]
  parkIds: string[]
  benefitTypes: BenefitType[]
  exemptOnly: boolean
  includeExpired: boolean
}

export const NO_FILTERS: PolicyFilters = {
  categories: [],
  levels: [],
  industries: [],
  scales: [],
  parkIds: [],
  benefitTypes: [],
  exemptOnly: false,
  includeExpired: false
}

/** how many choices narrow the list (the 筛选 button shows it) */
export function activeFilterCount(f: PolicyFilters): number {
  return (
    f.categories.length +
    f.levels.length +
    f.industries.length +
    f.scales.length +
    f.parkIds.length +
    f.benefitTypes.length +
    (f.exemptOnly ? 1 : 0) +
    (f.includeExpired ? 1 : 0)
  )
}

/** the 'policy.search' payload: only what is set, so the request stays small and readable */
export function searchPayload(q: string, f: PolicyFilters, sort: PolicySort, page: number, pageSize: number): Request<'policy.search'> {
  const payload: Request<'policy.search'> = { sort, page, pageSize }
  const text = q.trim()
  if (text) payload.q = text
  if (f.categories.length) payload.categories = f.categories
  if (f.levels.length) payload.levels = f.levels
  if (f.industries.length) payload.industries = f.industries as Request<'policy.search'>['industries']
  if (f.scales.length) payload.scales = f.scales
  if (f.parkIds.length) payload.parkIds = f.parkIds
  if (f.benefitTypes.length) payload.benefitTypes = f.benefitTypes
  if (f.exemptOnly) payload.exemptOnly = true
  if (f.includeExpired) payload.includeExpired = true
  return payload
}

/** adds or removes one value of a multiple choice */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
