/** Reading the calendar overrides and the deadline settings from the database. */
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type CalendarDoc } from '../docs'
import { createWorkCalendar, type WorkCalendar, type YearOverride } from './workCalendar'

export const DEADLINES_SETTINGS_ID = 'deadlines'

/** overrides are one small document per year; a few dozen at most */
const MAX_OVERRIDE_YEARS = 100

export async function loadCalendarDocs(db: Database): Promise<CalendarDoc[]> {
  const { data } = await db.collection(COLLECTIONS.calendars).limit(MAX_OVERRIDE_YEARS).get()
  return data as CalendarDoc[]
}

export function calendarFromDocs(docs: CalendarDoc[]): WorkCalendar {
  const overrides = new Map<number, YearOverride>()
  for (const doc of docs) overrides.set(Number(doc._id), { holidays: doc.holidays ?? [], workdays: doc.workdays ?? [] })
  return createWorkCalendar(overrides)
}

export async function loadWorkCalendar(db: Database): Promise<WorkCalendar> {
  return calendarFromDocs(await loadCalendarDocs(db))
}

/** the stored settings over the defaults, so a field added later has a value */
export function mergeDeadlines(stored: Partial<DeadlineSettings> | null | undefined): DeadlineSettings {
  const s = stored ?? {}
  return {
    consult: { ...DEFAULT_DEADLINES.consult, ...s.consult },
    complaint: { ...DEFAULT_DEADLINES.complaint, ...s.complaint },
    service: { ...DEFAULT_DEADLINES.service, ...s.service },
    rectify: s.rectify ?? DEFAULT_DEADLINES.rectify,
    escalateToManagerAfter: s.escalateToManagerAfter ?? DEFAULT_DEADLINES.escalateToManagerAfter,
    escalateToAdminAfter: s.escalateToAdminAfter ?? DEFAULT_DEADLINES.escalateToAdminAfter
  }
}

export async function loadDeadlineSettings(db: Database): Promise<DeadlineSettings> {
  const { data } = await db.collection(COLLECTIONS.settings).doc(DEADLINES_SETTINGS_ID).get()
  return mergeDeadlines(data as Partial<DeadlineSettings> | null)
}
