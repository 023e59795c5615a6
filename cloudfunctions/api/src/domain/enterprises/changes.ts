/** What changed between two profiles, in the words shown in the history. */
import { ENTERPRISE_TAGS, REVENUE_BANDS, type EnterpriseProfile, type EnterpriseTag, type ProfileChange } from '../../../../../types'

export type ProfileFacts = Pick<EnterpriseProfile, 'industry' | 'scale' | 'foundedOn' | 'employees' | 'revenueBand' | 'tags'>

const EMPTY = '未填写'

/** tags in the catalogue's order, once each, so order alone never reads as a change */
export function canonicalTags(tags: readonly EnterpriseTag[]): EnterpriseTag[] {
  return ENTERPRISE_TAGS.filter((t) => tags.includes(t))
}

const FIELDS: Array<{ field: keyof ProfileFacts; label: string; show(p: ProfileFacts): string }> = [
  { field: 'industry', label: '所属行业', show: (p) => p.industry || EMPTY },
  { field: 'scale', label: '企业规模', show: (p) => p.scale || EMPTY },
  { field: 'foundedOn', label: '成立日期', show: (p) => p.foundedOn || EMPTY },
  { field: 'employees', label: '员工人数', show: (p) => (p.employees === null ? EMPTY : `${p.employees} 人`) },
  { field: 'revenueBand', label: '营业收入', show: (p) => REVENUE_BANDS.find((b) => b.key === p.revenueBand)?.label ?? EMPTY },
  { field: 'tags', label: '企业标签', show: (p) => canonicalTags(p.tags).join('、') || '无' }
]

/** each shown value names its stored value uniquely, so comparing what people see is exact */
export function diffProfiles(before: ProfileFacts, after: ProfileFacts): ProfileChange['changes'] {
  return FIELDS.flatMap(({ field, label, show }) => {
    const [was, now] = [show(before), show(after)]
    return was === now ? [] : [{ field, label, before: was, after: now }]
  })
}
