/**
 * Working days and deadline settings. Deadlines are counted on the official calendar
 * (chinese-days, 调休 included); a year it lacks uses a manager's override, else plain
 * weekdays flagged as estimated.
 */
export type { WorkCalendar, YearOverride } from './workCalendar'
export { createWorkCalendar, MAX_DAYS_WITHOUT_WORKDAY } from './workCalendar'
export { beijingYmd, beijingYear, endOfBeijingDay } from './beijingDate'
export { libraryCovers } from './officialCalendar'
export {
  calendarFromDocs,
  DEADLINES_SETTINGS_ID,
  loadCalendarDocs,
  loadDeadlineSettings,
  loadWorkCalendar,
  mergeDeadlines
} from './store'
export { setDeadlineSettings } from './settings'
export { listCalendarYears, setCalendarYear } from './overrides'
