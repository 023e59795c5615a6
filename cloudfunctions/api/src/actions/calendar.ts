import type { ActionTable } from './define'
import { MANAGERS } from './define'
import { listCalendarYears, loadDeadlineSettings, setCalendarYear, setDeadlineSettings } from '../domain/calendar'

export const calendarActions: Pick<
  ActionTable,
  'settings.getDeadlines' | 'settings.setDeadlines' | 'calendar.list' | 'calendar.setYear'
> = {
  'settings.getDeadlines': { roles: ['steward', 'manager', 'admin'], handler: (ctx) => loadDeadlineSettings(ctx.db) },
  // city-wide rules: the city admin only
  'settings.setDeadlines': { roles: ['admin'], handler: (ctx, input) => setDeadlineSettings(ctx, input) },
  'calendar.list': { roles: MANAGERS, handler: (ctx) => listCalendarYears(ctx) },
  'calendar.setYear': { roles: MANAGERS, handler: (ctx, input) => setCalendarYear(ctx, input) }
}
