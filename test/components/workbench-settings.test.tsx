import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { DEFAULT_DEADLINES, type CalendarYear } from '../../types'
import { call } from '../../src/services'
import SettingsPage from '../../src/packages/workbench/settings/index'
import { parseDates } from '../../src/packages/workbench/settings/dates'
import { meAs } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const year = (y: number, source: CalendarYear['source'], extra: Partial<CalendarYear> = {}): CalendarYear => ({
  year: y,
  source,
  holidays: [],
  workdays: [],
  updatedByName: null,
  updatedAt: null,
  ...extra
})

function serve(role: 'admin' | 'manager', years: CalendarYear[] = [year(2026, 'library'), year(2027, 'weekdays')]) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'session.me') return meAs(role)
    if (action === 'settings.getDeadlines') return DEFAULT_DEADLINES
    if (action === 'settings.setDeadlines') return payload
    if (action === 'calendar.list') return years
    if (action === 'calendar.setYear') {
      const p = payload as { year: number; holidays: string[]; workdays: string[] }
      return year(p.year, 'override', { holidays: p.holidays, workdays: p.workdays, updatedByName: '周敏', updatedAt: '2025-03-07T01:30:00.000Z' })
    }
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

/** Taro's h5 Input creates its inner <input> asynchronously */
async function typeInto(id: string, value: string) {
  const el = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`#${id} input`)
    if (!found) throw new Error(`no input in #${id}`)
    return found
  })
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

async function tap(selector: string) {
  const el = await waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

async function addDates(kind: 'holidays' | 'workdays', value: string) {
  await typeInto(`${kind}-2027-input`, value)
  await tap(`#${kind}-2027-add`)
}

const chips = (kind: 'holidays' | 'workdays') => Array.from(document.querySelectorAll(`.date-list--${kind} .date-list__text`)).map((e) => e.textContent)

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
})

describe('期限与日历 — calendar editor', () => {
  it('shows where each year comes from and opens the editor for a year without data', async () => {
    serve('admin')
    render(<SettingsPage />)
    expect(await screen.findByText('官方日历（系统内置）')).toBeTruthy()
    expect(screen.getByText('尚未录入：期限暂按周一至周五估算')).toBeTruthy()
    expect(document.querySelector('#holidays-2027-input')).toBeTruthy()
    expect(document.querySelector('#holidays-2026-input')).toBeNull()
  })

  it('refuses malformed, impossible and out-of-year dates with a clear message', async () => {
    serve('admin')
    render(<SettingsPage />)
    await addDates('holidays', '2027/1O/01')
    expect(await screen.findByText('“2027/1O/01”格式不正确，应为 YYYY-MM-DD，例如 2027-10-01')).toBeTruthy()
    await addDates('holidays', '2027-02-30')
    expect(await screen.findByText('“2027-02-30”不是有效的日期')).toBeTruthy()
    await addDates('holidays', '2026-10-01')
    expect(await screen.findByText('“2026-10-01”不在2027年')).toBeTruthy()
    await addDates('workdays', '2027-02-08')
    expect(await screen.findByText('“2027-02-08”是周一，本来就是工作日；调休上班日应为周六或周日')).toBeTruthy()
    expect(chips('holidays')).toEqual([])
    expect(chips('workdays')).toEqual([])
  })

  it('adds several dates at once, skips weekend holidays, removes one, and saves the year', async () => {
    serve('admin')
    render(<SettingsPage />)
    await addDates('holidays', '2027-10-04 2027-10-01，2027-10-02')
    expect(chips('holidays')).toEqual(['2027-10-01（周五）', '2027-10-04（周一）'])
    expect(screen.getByText('已略过周末：2027-10-02（周末本来就休息）')).toBeTruthy()
    await addDates('workdays', '2027-09-26')
    expect(chips('workdays')).toEqual(['2027-09-26（周日）'])
    await addDates('workdays', '2027-10-01')
    expect(await screen.findByText('“2027-10-01”已录入为放假日期，同一天不能既放假又上班')).toBeTruthy()
    await typeInto('workdays-2027-input', '')

    await tap('#remove-2027-10-04')
    expect(chips('holidays')).toEqual(['2027-10-01（周五）'])

    await tap('#calendar-2027-submit')
    await waitFor(() => expect(sent('calendar.setYear')).toEqual([{ year: 2027, holidays: ['2027-10-01'], workdays: ['2027-09-26'] }]))
    expect(await screen.findByText('已录入（周敏，2025-03-07 09:30）：放假 1 天，调休上班 1 天')).toBeTruthy()
  })

  it('does not save a year without any holiday', async () => {
    serve('admin')
    render(<SettingsPage />)
    await tap('#calendar-2027-submit')
    expect(await screen.findByText('请至少录入一个放假日期')).toBeTruthy()
    expect(sent('calendar.setYear')).toHaveLength(0)
  })

  it('adds each new date once and ignores ones already listed', () => {
    const ctx = { year: 2027, kind: 'holidays' as const, current: ['2027-10-01'], other: [] }
    expect(parseDates('2027-10-01 2027-10-05 2027-10-05', ctx)).toEqual({ added: ['2027-10-05'], skipped: [], error: null })
    expect(parseDates('  ', ctx).error).toBe('请输入日期，格式为 YYYY-MM-DD')
  })
})

describe('期限与日历 — deadlines', () => {
  it('lets the city admin change a deadline, checked by the shared schema', async () => {
    serve('admin')
    render(<SettingsPage />)
    await typeInto('deadline-consult-resolve', '0')
    await tap('#deadlines-submit')
    expect(await screen.findByText('咨询办结时限至少1个工作日')).toBeTruthy()
    expect(sent('settings.setDeadlines')).toHaveLength(0)

    await typeInto('deadline-consult-resolve', '6')
    await tap('#deadlines-submit')
    await waitFor(() => expect(sent('settings.setDeadlines')).toEqual([{ ...DEFAULT_DEADLINES, consult: { response: 1, resolve: 6 } }]))
  })

  it('refuses, before sending, the combinations the server refuses', async () => {
    serve('admin')
    render(<SettingsPage />)
    await typeInto('deadline-escalateToAdminAfter', '1')
    await typeInto('deadline-service-response', '6')
    await tap('#deadlines-submit')
    expect(await screen.findByText('升级至市级的期限应长于升级至园区的期限')).toBeTruthy()
    expect(screen.getByText('服务申请首次响应时限不能长于办结时限')).toBeTruthy()
    expect(sent('settings.setDeadlines')).toHaveLength(0)
  })

  it('shows a park manager the deadlines read-only', async () => {
    serve('manager')
    render(<SettingsPage />)
    expect(await screen.findByText('办理期限为全市统一设置，由市级管理员维护，各园区按同一标准计时；此处仅供查看。')).toBeTruthy()
    expect(document.querySelector('#deadline-complaint-resolve')?.textContent).toBe('10')
    expect(document.querySelector('#deadline-complaint-resolve input')).toBeNull()
    expect(document.querySelector('#deadlines-submit')).toBeNull()
  })

  it('shows a park manager the calendar read-only, with the reason, even for a year without data', async () => {
    serve('manager', [year(2026, 'library'), year(2027, 'weekdays'), year(2028, 'override', { holidays: ['2028-01-03'], updatedByName: '市级管理员', updatedAt: '2026-03-07T01:30:00.000Z' })])
    render(<SettingsPage />)
    expect((await screen.findByText(/节假日日历为全市统一设置，由市级管理员维护/)).id).toBe('calendar-read-only')
    expect(await screen.findByText('尚未录入：期限暂按周一至周五估算')).toBeTruthy()
    expect(document.querySelector('#calendar-2027-edit')).toBeNull()
    expect(document.querySelector('#calendar-2028-edit')).toBeNull()
    expect(document.querySelector('#holidays-2027-input')).toBeNull()
    expect(document.querySelector('#calendar-2027-submit')).toBeNull()
    expect(sent('calendar.setYear')).toHaveLength(0)
  })
})
