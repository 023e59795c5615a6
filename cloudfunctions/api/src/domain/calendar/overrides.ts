/**
 * Manager-entered holiday arrangements for years the library does not cover yet
 * (the State Council publishes the next year's arrangement around November).
 */
import type { CalendarYear } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type CalendarDoc } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'
import { requireCityAdmin } from '../scope'
import { beijingYear, isValidYmd, isWeekend } from './beijingDate'
import { libraryCovers } from './officialCalendar'
import { calendarFromDocs, loadCalendarDocs } from './store'

function toCalendarYear(year: number, doc: CalendarDoc | undefined): CalendarYear {
  // the same rule deadlines use, so this list cannot disagree with them
  const source = calendarFromDocs(doc ? [doc] : []).sourceOf(year)
  const own = source === 'override' && doc
  return {
    year,
    source,
    holidays: own ? doc.holidays : [],
    workdays: own ? doc.workdays : [],
    updatedByName: own ? doc.updatedByName : null,
    updatedAt: own ? doc.updatedAt : null
  }
}

/** the current and the next Beijing year, so a missing calendar is seen before it matters */
export async function listCalendarYears(ctx: ActionContext): Promise<CalendarYear[]> {
  const current = beijingYear(ctx.clock.now())
  const docs = new Map((await loadCalendarDocs(ctx.db)).map((d) => [Number(d._id), d]))
  return [current, current + 1].map((year) => toCalendarYear(year, docs.get(year)))
}

function checkDates(year: number, dates: string[], field: 'holidays' | 'workdays'): string[] {
  const label = field === 'holidays' ? '放假日期' : '调休上班日期'
  const seen = new Set<string>()
  for (const d of dates) {
    if (!isValidYmd(d)) fail('INVALID_INPUT', `${label} ${d} 不是有效日期`, field)
    if (Number(d.slice(0, 4)) !== year) fail('INVALID_INPUT', `${label} ${d} 不属于${year}年`, field)
    if (seen.has(d)) fail('INVALID_INPUT', `${label} ${d} 重复`, field)
    if (field === 'holidays' && isWeekend(d)) {
      fail('INVALID_INPUT', `${d} 是周末，本就不上班；放假日期只需录入周一至周五`, field)
    }
    if (field === 'workdays' && !isWeekend(d)) {
      fail('INVALID_INPUT', `${d} 不是周末；调休上班日期只需录入需要上班的周六、周日`, field)
    }
    seen.add(d)
  }
  return [...seen].sort()
}

export async function setCalendarYear(
  ctx: ActionContext,
  input: { year: number; holidays: string[]; workdays: string[] }
): Promise<CalendarYear> {
  // one official calendar counts every park's deadlines
  requireCityAdmin(ctx, '节假日日历')
  const { year } = input
  if (libraryCovers(year)) fail('INVALID_INPUT', `${year}年已有国务院公布的官方节假日安排，无需手工录入`, 'year')
  if (year < beijingYear(ctx.clock.now())) fail('INVALID_INPUT', '只能录入今年及以后年份的节假日安排', 'year')
  const holidays = checkDates(year, input.holidays, 'holidays')
  const workdays = checkDates(year, input.workdays, 'workdays')
  if (holidays.length === 0) fail('INVALID_INPUT', '请至少录入一个放假日期', 'holidays')

  const user = ctx.caller.user
  const doc: CalendarDoc = {
    _id: String(year),
    holidays,
    workdays,
    updatedById: user?._id ?? userIdFor(ctx.caller.openid),
    updatedByName: user?.name || '管理员',
    updatedAt: ctx.clock.now().toISOString()
  }
  const { _id, ...rest } = doc
  await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.calendars).doc(_id)
    const before = (await ref.get()).data as CalendarDoc | null
    await ref.set({ data: rest })
    await tx.collection(COLLECTIONS.audit).add({
      data: {
        actorId: doc.updatedById,
        action: 'calendar.setYear',
        target: _id,
        detail: { before: before ? { holidays: before.holidays, workdays: before.workdays } : null, after: { holidays, workdays } },
        at: doc.updatedAt
      }
    })
  })
  return toCalendarYear(year, doc)
}
