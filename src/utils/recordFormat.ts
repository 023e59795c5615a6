/** How a steward's figures read: durations in hours and minutes, shares as percentages. */

export const NO_DATA = '暂无数据'

/** 135 → 2小时15分钟; 45 → 45分钟; 120 → 2小时; null → 暂无数据 */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return NO_DATA
  const total = Math.max(0, Math.round(minutes))
  if (total === 0) return '不足1分钟'
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h === 0) return `${m}分钟`
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`
}

/** 0.9667 → 96.7%; 1 → 100%; null → 暂无数据 */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_DATA
  const pct = Math.min(1, Math.max(0, rate)) * 100
  return `${pct.toFixed(1).replace(/\.0$/, '')}%`
}
