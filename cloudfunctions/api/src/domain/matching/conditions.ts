/**
 * One plain-Chinese condition per criterion: the requirement first, then the
 * enterprise's own fact, so the reader sees at once why it holds or not.
 * A pair of bounds (min/max) is one condition, because it is one fact about the enterprise.
 */
import { REVENUE_BANDS, type EligibilityCriteria, type EnterpriseProfile, type EnterpriseTag, type MatchCondition } from '../../../../../types'
import { formatAge, wholeMonthsSince } from './age'

/** park id → display name; without it park conditions speak of "指定园区" */
export type ParkNames = Readonly<Record<string, string>>

const FILL_IN = '（请在企业档案中补充）'

const present = <T>(list: T[] | undefined): list is T[] => Array.isArray(list) && list.length > 0

function condition(key: MatchCondition['key'], state: MatchCondition['state'], requirement: string, fact: string): MatchCondition {
  return { key, state, message: `${requirement}，${fact}` }
}

export function industryCondition(profile: EnterpriseProfile, industries: string[]): MatchCondition {
  const requirement = `限${industries.join('、')}行业`
  if (!profile.industry) return condition('industries', 'unknown', requirement, `您的企业尚未填写所属行业${FILL_IN}`)
  return condition('industries', industries.includes(profile.industry) ? 'met' : 'unmet', requirement, `您的企业属于${profile.industry}`)
}

export function scaleCondition(profile: EnterpriseProfile, scales: string[]): MatchCondition {
  const requirement = `企业规模限${scales.join('、')}`
  if (!profile.scale) return condition('scales', 'unknown', requirement, `您的企业尚未填写企业规模${FILL_IN}`)
  return condition('scales', scales.includes(profile.scale) ? 'met' : 'unmet', requirement, `您的企业为${profile.scale}`)
}

export function parkCondition(profile: EnterpriseProfile, parkIds: string[], names?: ParkNames): MatchCondition {
  const state = parkIds.includes(profile.parkId) ? 'met' : 'unmet'
  if (!names) {
    return condition('parkIds', state, '限指定园区的企业', state === 'met' ? '您的企业所在园区在列' : '您的企业所在园区不在其中')
  }
  const name = (id: string) => names[id] ?? '其他园区'
  return condition('parkIds', state, `限${parkIds.map(name).join('、')}的企业`, `您的企业位于${name(profile.parkId)}`)
}

export function yearsCondition(profile: EnterpriseProfile, min: number | undefined, max: number | undefined, today: string): MatchCondition {
  const requirement =
    min !== undefined && max !== undefined ? `需成立满 ${min} 年且不超过 ${max} 年` : min !== undefined ? `需成立满 ${min} 年` : `需成立不超过 ${max} 年`
  const baseKey = min !== undefined ? 'minYearsFounded' : 'maxYearsFounded'
  const months = profile.foundedOn ? wholeMonthsSince(profile.foundedOn, today) : null
  if (months === null) return condition(baseKey, 'unknown', requirement, `请在企业档案中核对成立日期`)
  const age = formatAge(months)
  // age counts whole months, and so do the bounds: what is shown is what is judged
  if (min !== undefined && months < min * 12) {
    return condition('minYearsFounded', 'unmet', requirement, months === 0 ? `您的企业成立${age}` : `您的企业成立 ${age}`)
  }
  if (max !== undefined && months > max * 12) return condition('maxYearsFounded', 'unmet', requirement, `您的企业已成立 ${age}`)
  return condition(baseKey, 'met', requirement, months === 0 ? `您的企业成立${age}` : `您的企业已成立 ${age}`)
}

export function employeesCondition(profile: EnterpriseProfile, min: number | undefined, max: number | undefined): MatchCondition {
  const requirement =
    min !== undefined && max !== undefined ? `需员工 ${min}—${max} 人` : min !== undefined ? `需员工不少于 ${min} 人` : `需员工不超过 ${max} 人`
  const baseKey = min !== undefined ? 'minEmployees' : 'maxEmployees'
  const n = profile.employees
  if (n === null || n === undefined) return condition(baseKey, 'unknown', requirement, `您的企业尚未填报员工人数${FILL_IN}`)
  const fact = `您的企业填报 ${n} 人`
  if (min !== undefined && n < min) return condition('minEmployees', 'unmet', requirement, fact)
  if (max !== undefined && n > max) return condition('maxEmployees', 'unmet', requirement, fact)
  return condition(baseKey, 'met', requirement, fact)
}

/** 万元 amounts as people write them: 10000 → "1 亿元" */
export function formatWan(n: number): string {
  return n >= 10000 && n % 10000 === 0 ? `${n / 10000} 亿元` : `${n} 万元`
}

/**
 * The profile holds a band, not a figure: a band wholly inside the required range is
 * met, wholly outside is unmet, and one that straddles a bound cannot be judged.
 * Bands are [min, max); required ranges are inclusive.
 */
export function revenueCondition(profile: EnterpriseProfile, min: number | undefined, max: number | undefined): MatchCondition {
  const requirement =
    min !== undefined && max !== undefined
      ? `需年营业收入 ${formatWan(min)}—${formatWan(max)}`
      : min !== undefined
        ? `需年营业收入不低于 ${formatWan(min)}`
        : `需年营业收入不超过 ${formatWan(max as number)}`
  const baseKey = min !== undefined ? 'minRevenueWan' : 'maxRevenueWan'
  const band = REVENUE_BANDS.find((b) => b.key === profile.revenueBand)
  if (!band) return condition(baseKey, 'unknown', requirement, `您的企业尚未填报营业收入${FILL_IN}`)
  const fact = `您的企业填报 ${band.label}`
  // every figure in the band is below min (the band's top is exclusive) / above max
  if (min !== undefined && band.max !== null && band.max <= min) return condition('minRevenueWan', 'unmet', requirement, fact)
  if (max !== undefined && band.min > max) return condition('maxRevenueWan', 'unmet', requirement, fact)
  const inside = (min === undefined || band.min >= min) && (max === undefined || (band.max !== null && band.max <= max))
  if (inside) return condition(baseKey, 'met', requirement, fact)
  return condition(baseKey, 'unknown', requirement, `${fact}，跨越了要求的界限，请按实际营业收入核对`)
}

const TAG_NAMES: Partial<Record<EnterpriseTag, string>> = { 专精特新: '专精特新企业', 个转企: '个转企企业' }
const tagName = (tag: EnterpriseTag) => TAG_NAMES[tag] ?? tag

export function tagsCondition(profile: EnterpriseProfile, required: EnterpriseTag[]): MatchCondition {
  const requirement = `需为${required.map(tagName).join('、')}`
  const missing = required.filter((t) => !profile.tags.includes(t))
  if (missing.length === 0) return condition('requiredTags', 'met', requirement, '您的企业已标注')
  const fact = missing.length === required.length ? '您的企业尚未标注' : `您的企业尚未标注${missing.map(tagName).join('、')}`
  return condition('requiredTags', 'unmet', requirement, fact)
}

/** every present criterion, in a fixed reading order; empty lists mean "no condition" */
export function conditionsFor(profile: EnterpriseProfile, c: EligibilityCriteria, today: string, parkNames?: ParkNames): MatchCondition[] {
  const out: MatchCondition[] = []
  // stored criteria may carry explicit nulls (imports, older data): null = no bound
  const bound = (n: number | null | undefined) => (typeof n === 'number' ? n : undefined)
  const [minYears, maxYears] = [bound(c.minYearsFounded), bound(c.maxYearsFounded)]
  const [minEmployees, maxEmployees] = [bound(c.minEmployees), bound(c.maxEmployees)]
  const [minRevenue, maxRevenue] = [bound(c.minRevenueWan), bound(c.maxRevenueWan)]
  if (present(c.industries)) out.push(industryCondition(profile, c.industries))
  if (present(c.scales)) out.push(scaleCondition(profile, c.scales))
  if (present(c.parkIds)) out.push(parkCondition(profile, c.parkIds, parkNames))
  if (minYears !== undefined || maxYears !== undefined) out.push(yearsCondition(profile, minYears, maxYears, today))
  if (minEmployees !== undefined || maxEmployees !== undefined) out.push(employeesCondition(profile, minEmployees, maxEmployees))
  if (minRevenue !== undefined || maxRevenue !== undefined) out.push(revenueCondition(profile, minRevenue, maxRevenue))
  if (present(c.requiredTags)) out.push(tagsCondition(profile, c.requiredTags))
  return out
}
