/**
 * Dates for demo content, relative to the moment of seeding: the app may be started on
 * any day, and windows "closing in three weeks" must still be three weeks away then.
 * Business dates are Beijing calendar days whatever the machine's time zone.
 */
import { addDays, beijingYmd, isWeekend } from '../../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { libraryDayKind } from '../../../cloudfunctions/api/src/domain/calendar/officialCalendar'

const BEIJING_OFFSET_MIN = 8 * 60

export interface SeedDates {
  /** the Beijing calendar day of seeding */
  today: string
  /** the Beijing day `offset` days from today */
  day(offset: number): string
  /** the instant `days` (fractional allowed) before seeding, as a UTC ISO string */
  ago(days: number): string
  /** a Beijing wall-clock time 'HH:MM' on `ymd`, as a UTC ISO string */
  at(ymd: string, hhmm: string): string
  /** the Beijing year of an ISO instant */
  yearOf(iso: string): number
}

export function seedDates(now: Date): SeedDates {
  const today = beijingYmd(now)
  return {
    today,
    day: (offset) => addDays(today, offset),
    ago: (days) => new Date(now.getTime() - Math.round(days * 86_400_000)).toISOString(),
    at: (ymd, hhmm) => {
      const [h, m] = hhmm.split(':').map(Number)
      const minutes = h * 60 + m - BEIJING_OFFSET_MIN
      return new Date(Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)), 0, minutes)).toISOString()
    },
    yearOf: (iso) => Number(beijingYmd(new Date(iso)).slice(0, 4))
  }
}

/** an ordinary working day on the official calendar (调休 included) */
export function isWorkingDay(ymd: string): boolean {
  const kind = libraryDayKind(ymd)
  if (kind) return kind === 'workday'
  return !isWeekend(ymd)
}
