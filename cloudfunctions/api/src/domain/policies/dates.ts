/** Whole-day arithmetic on Beijing calendar dates ('YYYY-MM-DD'), independent of the process TZ. */
const DAY_MS = 86_400_000

function utcMidnight(ymd: string): number {
  return Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)))
}

/** days from `from` to `to` (negative when `to` is earlier) */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)
}
