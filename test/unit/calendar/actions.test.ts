import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { loadDeadlineSettings, loadWorkCalendar } from '../../../cloudfunctions/api/src/domain/calendar'
import { DEFAULT_DEADLINES } from '../../../types'
import { FIX, openBed, seedFixture, snapshotCounts, type Bed } from '../helpers'
import { dueAtOf } from './cases'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const settings = {
  consult: { response: 2, resolve: 6 },
  complaint: { response: 1, resolve: 12 },
  service: { response: 1, resolve: 4 },
  rectify: 7,
  escalateToManagerAfter: 2,
  escalateToAdminAfter: 4
}

async function audits(action: string) {
  const { data } = await bed.db.collection(COLLECTIONS.audit).where({ action }).get()
  return data
}

describe('deadline settings', () => {
  it('stewards and managers read them (defaults until set); entrepreneurs and guests may not', async () => {
    for (const who of [FIX.stewardA, FIX.managerA, FIX.admin]) {
      expect(await bed.call(who, 'settings.getDeadlines')).toEqual({ ok: true, data: DEFAULT_DEADLINES })
    }
    for (const who of [FIX.ownerA, FIX.guest]) {
      expect(await bed.call(who, 'settings.getDeadlines')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('only the city admin changes them (a park manager hears CITY_SCOPE); the change is audited and used by the domain', async () => {
    const before = await snapshotCounts(bed)
    expect(await bed.call(FIX.managerA, 'settings.setDeadlines', settings)).toMatchObject({
      ok: false,
      error: { code: 'CITY_SCOPE', message: '办理期限为全市统一设置，只有市级管理员可以修改' }
    })
    for (const who of [FIX.stewardA, FIX.ownerA, FIX.guest]) {
      expect(await bed.call(who, 'settings.setDeadlines', settings)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await snapshotCounts(bed)).toEqual(before)

    expect(await bed.call(FIX.admin, 'settings.setDeadlines', settings)).toEqual({ ok: true, data: settings })
    expect(await bed.call(FIX.stewardA, 'settings.getDeadlines')).toEqual({ ok: true, data: settings })
    expect(await loadDeadlineSettings(bed.db)).toEqual(settings)
    const [entry] = await audits('settings.setDeadlines')
    expect(entry).toMatchObject({ target: 'deadlines', detail: { before: DEFAULT_DEADLINES, after: settings } })
  })

  it.each([
    [{ ...settings, consult: { response: 0, resolve: 5 } }, 'consult.response', '咨询首次响应时限至少1个工作日'],
    [{ ...settings, complaint: { response: 1, resolve: 61 } }, 'complaint.resolve', '投诉办结时限不能超过60个工作日'],
    [{ ...settings, service: { response: 6, resolve: 5 } }, 'service.response', '服务申请首次响应时限不能长于办结时限'],
    [{ ...settings, escalateToAdminAfter: 2 }, 'escalateToAdminAfter', '升级至市级的期限应长于升级至园区的期限']
  ])('refuses inconsistent settings with a clear message (%#)', async (payload, field, message) => {
    const before = await snapshotCounts(bed)
    expect(await bed.call(FIX.admin, 'settings.setDeadlines', payload)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field, message }
    })
    expect(await snapshotCounts(bed)).toEqual(before)
  })
})

describe('holiday calendars', () => {
  it('managers see this year (official) and next year (missing) so they can act before it matters', async () => {
    expect(await bed.call(FIX.stewardA, 'calendar.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await bed.call(FIX.managerA, 'calendar.list')).toEqual({
      ok: true,
      data: [
        { year: 2026, source: 'library', holidays: [], workdays: [], updatedByName: null, updatedAt: null },
        { year: 2027, source: 'weekdays', holidays: [], workdays: [], updatedByName: null, updatedAt: null }
      ]
    })
  })

  it('the city admin enters 2027; deadlines into 2027 use it and are no longer estimated', async () => {
    const from = new Date('2026-12-30T02:00:00Z')
    expect((await loadWorkCalendar(bed.db)).addWorkingDays(from, 5)).toEqual({ dueAt: dueAtOf('2027-01-06'), estimated: true })

    const r = await bed.call(FIX.admin, 'calendar.setYear', { year: 2027, holidays: ['2027-01-01', '2027-02-08'], workdays: ['2027-02-06'] })
    expect(r).toEqual({
      ok: true,
      data: { year: 2027, source: 'override', holidays: ['2027-01-01', '2027-02-08'], workdays: ['2027-02-06'], updatedByName: '市级管理员', updatedAt: bed.clock.now().toISOString() }
    })
    expect((await loadWorkCalendar(bed.db)).addWorkingDays(from, 5)).toEqual({ dueAt: dueAtOf('2027-01-07'), estimated: false })
    const list = await bed.call(FIX.managerA, 'calendar.list')
    expect(list.ok && list.data[1]).toMatchObject({ year: 2027, source: 'override', holidays: ['2027-01-01', '2027-02-08'] })
    const [entry] = await audits('calendar.setYear')
    expect(entry).toMatchObject({ target: '2027', detail: { before: null, after: { holidays: ['2027-01-01', '2027-02-08'], workdays: ['2027-02-06'] } } })

    // entering it again replaces it, and the audit keeps what was there
    expect(await bed.call(FIX.admin, 'calendar.setYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] })).toMatchObject({ ok: true, data: { holidays: ['2027-01-01'], workdays: [] } })
    expect(await audits('calendar.setYear')).toHaveLength(2)
  })

  it('park managers, stewards and entrepreneurs may not enter a calendar, and nothing is written', async () => {
    const before = await snapshotCounts(bed)
    for (const who of [FIX.managerA, FIX.managerB]) {
      expect(await bed.call(who, 'calendar.setYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] })).toMatchObject({
        ok: false,
        error: { code: 'CITY_SCOPE', message: '节假日日历为全市统一设置，只有市级管理员可以修改' }
      })
    }
    for (const who of [FIX.stewardA, FIX.ownerA]) {
      expect(await bed.call(who, 'calendar.setYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await snapshotCounts(bed)).toEqual(before)
  })

  it.each([
    [{ year: 2026, holidays: ['2026-01-05'], workdays: [] }, 'year', '2026年已有国务院公布的官方节假日安排，无需手工录入'],
    [{ year: 2027, holidays: ['2028-01-03'], workdays: [] }, 'holidays', '放假日期 2028-01-03 不属于2027年'],
    [{ year: 2027, holidays: ['2027-02-30'], workdays: [] }, 'holidays', '放假日期 2027-02-30 不是有效日期'],
    [{ year: 2027, holidays: ['2027-01-01', '2027-01-01'], workdays: [] }, 'holidays', '放假日期 2027-01-01 重复'],
    [{ year: 2027, holidays: ['2027-01-02'], workdays: [] }, 'holidays', '2027-01-02 是周末，本就不上班；放假日期只需录入周一至周五'],
    [{ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-04'] }, 'workdays', '2027-01-04 不是周末；调休上班日期只需录入需要上班的周六、周日'],
    [{ year: 2027, holidays: [], workdays: [] }, 'holidays', '请至少录入一个放假日期'],
    [{ year: 2027, holidays: ['2027/01/01'], workdays: [] }, 'holidays.0', '日期格式应为 YYYY-MM-DD']
  ])('refuses a bad arrangement with a clear message (%#)', async (payload, field, message) => {
    const before = await snapshotCounts(bed)
    expect(await bed.call(FIX.admin, 'calendar.setYear', payload)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field, message } })
    expect(await snapshotCounts(bed)).toEqual(before)
  })

  it('refuses a past year', async () => {
    bed.clock.current = new Date('2028-03-01T02:00:00Z')
    expect(await bed.call(FIX.admin, 'calendar.setYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'year', message: '只能录入今年及以后年份的节假日安排' }
    })
  })

  it('the year rolls over at Beijing midnight, not UTC midnight', async () => {
    bed.clock.current = new Date('2026-12-31T16:30:00Z') // 00:30 on Jan 1 in Beijing
    const r = await bed.call(FIX.managerA, 'calendar.list')
    expect(r.ok && r.data.map((y: { year: number }) => y.year)).toEqual([2027, 2028])
  })
})
