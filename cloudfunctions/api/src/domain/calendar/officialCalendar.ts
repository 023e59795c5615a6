/**
 * The official holiday arrangement (国务院办公厅 notices) as shipped by `chinese-days`.
 * We read its data table rather than its date functions: those parse dates in the
 * process time zone and shift days west of UTC.
 */
import data from 'chinese-days/dist/chinese-days.json'

const holidays: Record<string, string> = data.holidays
/** 调休: weekend days that are working days */
const workdays: Record<string, string> = data.workdays

const coveredYears = new Set(Object.keys(holidays).map((ymd) => Number(ymd.slice(0, 4))))

/** the library has the official arrangement for that year */
export function libraryCovers(year: number): boolean {
  return coveredYears.has(year)
}

/** undefined: the library says nothing special about the day (weekday rule applies) */
export function libraryDayKind(ymd: string): 'holiday' | 'workday' | undefined {
  if (ymd in workdays) return 'workday'
  if (ymd in holidays) return 'holiday'
  return undefined
}
