import type { CalendarSource } from '../../../../../types'
import { addDays, beijingYmd, endOfBeijingDay, isWeekend } from './beijingDate'
import { libraryCovers, libraryDayKind } from './officialCalendar'

/** a manager-entered arrangement for a year the library does not cover */
export interface YearOverride {
  holidays: string[]
  workdays: string[]
}

export interface WorkCalendar {
  /**
   * The end (23:59:59 Beijing) of the `days`-th working day after the Beijing day of
   * `from`; that day itself does not count. `estimated` when a year on the way had
   * neither official data nor an override and plain weekdays were used.
   */
  addWorkingDays(from: Date, days: number): { dueAt: string; estimated: boolean }
  isWorkday(ymd: string): boolean
  sourceOf(year: number): CalendarSource
}

/** a longer run of days off means broken data; fail loudly instead of looping */
export const MAX_DAYS_WITHOUT_WORKDAY = 400

export function createWorkCalendar(overrides: ReadonlyMap<number, YearOverride>): WorkCalendar {
  const overrideSets = new Map(
    [...overrides].map(([year, o]) => [year, { holidays: new Set(o.holidays), workdays: new Set(o.workdays) }])
  )

  function sourceOf(year: number): CalendarSource {
    if (libraryCovers(year)) return 'library'
    if (overrideSets.has(year)) return 'override'
    return 'weekdays'
  }

  function isWorkday(ymd: string): boolean {
    const year = Number(ymd.slice(0, 4))
    const source = sourceOf(year)
    if (source === 'library') {
      const kind = libraryDayKind(ymd)
      if (kind) return kind === 'workday'
    } else if (source === 'override') {
      const o = overrideSets.get(year)!
      if (o.workdays.has(ymd)) return true
      if (o.holidays.has(ymd)) return false
    }
    return !isWeekend(ymd)
  }

  function addWorkingDays(from: Date, days: number): { dueAt: string; estimated: boolean } {
    if (!Number.isInteger(days) || days < 0) throw new Error(`working days must be a non-negative integer: ${days}`)
    let day = beijingYmd(from)
    let estimated = false
    let counted = 0
    let sinceWorkday = 0
    while (counted < days) {
      day = addDays(day, 1)
      if (sourceOf(Number(day.slice(0, 4))) === 'weekdays') estimated = true
      if (isWorkday(day)) {
        counted++
        sinceWorkday = 0
      } else if (++sinceWorkday > MAX_DAYS_WITHOUT_WORKDAY) {
        throw new Error(`no working day in the ${MAX_DAYS_WITHOUT_WORKDAY} days before ${day}: check the holiday calendar`)
      }
    }
    return { dueAt: endOfBeijingDay(day), estimated }
  }

  return { addWorkingDays, isWorkday, sourceOf }
}
