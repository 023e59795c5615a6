import type { PolicyDeadlineEntry } from '../../../../types'

export interface MonthGroup {
  /** 'YYYY-MM' */
  key: string
  /** 2025年3月 */
  label: string
  entries: PolicyDeadlineEntry[]
}

/**
 * Deadlines by the month they close in, soonest first. applyUntil is already a Beijing
 * calendar day, so it is read as text, never through a Date (which would shift it by zone).
 * A policy that is both favourite and followed appears once (favourite wins).
 */
export function groupByMonth(entries: PolicyDeadlineEntry[]): MonthGroup[] {
  const byPolicy = new Map<string, PolicyDeadlineEntry>()
  for (const e of entries) {
    const seen = byPolicy.get(e.policyId)
    if (!seen || (seen.reason === 'followed' && e.reason === 'favourite')) byPolicy.set(e.policyId, e)
  }
  const sorted = [...byPolicy.values()].sort((a, b) => a.applyUntil.localeCompare(b.applyUntil) || a.title.localeCompare(b.title))
  const groups: MonthGroup[] = []
  for (const e of sorted) {
    const key = e.applyUntil.slice(0, 7)
    let group = groups[groups.length - 1]
    if (!group || group.key !== key) {
      group = { key, label: `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`, entries: [] }
      groups.push(group)
    }
    group.entries.push(e)
  }
  return groups
}
