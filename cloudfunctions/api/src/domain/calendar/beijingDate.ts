/**
 * Beijing calendar dates ('YYYY-MM-DD') by fixed +08:00 arithmetic: China has no DST,
 * and the process time zone must never change a business date.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/

/** the Beijing calendar day an instant falls on */
export function beijingYmd(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

export function beijingYear(instant: Date): number {
  return Number(beijingYmd(instant).slice(0, 4))
}

/** midnight UTC of the same calendar date: a TZ-free handle for date arithmetic */
function utcMidnight(ymd: string): number {
  const m = YMD.exec(ymd)
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${ymd}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

/** true for a real calendar date in YYYY-MM-DD form (rejects 2026-02-30) */
export function isValidYmd(ymd: string): boolean {
  if (!YMD.test(ymd)) return false
  return new Date(utcMidnight(ymd)).toISOString().slice(0, 10) === ymd
}

export function addDays(ymd: string, days: number): string {
  return new Date(utcMidnight(ymd) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(ymd: string): number {
  return new Date(utcMidnight(ymd)).getUTCDay()
}

export function isWeekend(ymd: string): boolean {
  const d = weekdayOf(ymd)
  return d === 0 || d === 6
}

/** 23:59:59 Beijing time on that day, as a UTC ISO instant */
export function endOfBeijingDay(ymd: string): string {
  return new Date(utcMidnight(ymd) + DAY_MS - 1000 - BEIJING_OFFSET_MS).toISOString()
}
