import type { ActionTable } from './define'
import { MANAGERS } from './define'
import { listCalendarYears, loadDeadlineSettings, setCalendarYear, setDeadlineSettings } from '../domain/calendar'

export const calendarActions: Pick<
  ActionTable,
  'settings.getDeadlines' | 'settings.setDeadlines' | 'calendar.list' | 'calendar.setYear'
> = {
  'settings.getDeadlines': { roles: ['steward', 'manager', 'admin'], handler: (ctx) => loadDeadlineSettings(ctx.db) },
  // city-wide rules: the city admin only; park managers reach the handler to hear CITY_SCOPE and why
  'settings.setDeadlines': { roles: MANAGERS, handler: (ctx, input) => setDeadlineSettings(ctx, input) },
  'calendar.list': { roles: MANAGERS, handler: (ctx) => listCalendarYears(ctx) },
  'calendar.setYear': { roles: MANAGERS, handler: (ctx, input) => setCalendarYear(ctx, input) }
}
