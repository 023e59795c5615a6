/**
 * How long an enterprise has existed, in whole months on Beijing calendar days.
 * A month counts on its corresponding day; when the target month has no such day
 * (31st, or 29 February in a common year) its last day counts, as in the Civil Code's
 * rule for periods (民法典 第二百零三条). So 2024-02-29 is one year old on 2025-02-28.
 */
import { isValidYmd } from '../calendar/beijingDate'

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** the same day `months` later, clamped to the end of a shorter month */
export function addMonthsClamped(ymd: string, months: number): string {
  const y = Number(ymd.slice(0, 4))
  const m = Number(ymd.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = (((m % 12) + 12) % 12) + 1
  const day = Math.min(Number(ymd.slice(8, 10)), daysInMonth(year, month))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** whole months from `from` to `today`; null when a date is invalid or `from` is in the future */
export function wholeMonthsSince(from: string, today: string): number | null {
  if (!isValidYmd(from) || !isValidYmd(today) || from > today) return null
  let months = (Number(today.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(today.slice(5, 7)) - Number(from.slice(5, 7)))
  if (addMonthsClamped(from, months) > today) months -= 1
  return months
}

/** "3 年 2 个月", "3 年", "5 个月"; "不足 1 个月" for 0 */
export function formatAge(months: number): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (months === 0) return '不足 1 个月'
  if (years === 0) return `${rest} 个月`
  return rest === 0 ? `${years} 年` : `${years} 年 ${rest} 个月`
}
