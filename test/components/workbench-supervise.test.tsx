import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CalendarYear, CaseSummary, Page } from '../../types'
import { call } from '../../src/services'
import SupervisePage from '../../src/packages/workbench/supervise/index'
import { meAs } from './fixtures'
import { caseSummary } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const page = (items: CaseSummary[], total = items.length): Page<CaseSummary> => ({ items, total, page: 1, pageSize: 10, hasMore: false })
const year = (y: number, source: CalendarYear['source']): CalendarYear => ({ year: y, source, holidays: [], workdays: [], updatedByName: null, updatedAt: null })

type Payload = { view?: string; type?: string; page?: number; pageSize?: number }
const BY_VIEW: Record<string, CaseSummary[]> = {
  overdue: [caseSummary(1, { title: '超期的咨询', escalationLevel: 2 })],
  open: [caseSummary(2, { title: '在办的咨询' }), caseSummary(3, { title: '另一件在办' })],
  unassigned: [],
  review: [caseSummary(4, { title: '差评待复核', status: 'rated', rating: '不满意' })],
  all: [caseSummary(5, { title: '全部里的一件' })]
}

function serve(calendar: CalendarYear[], role: 'manager' | 'admin' | 'steward' = 'manager') {
  mockCall.mockImplementation((async (action: string, payload: Payload) => {
    if (action === 'session.me') return meAs(role)
    if (action === 'calendar.list') return calendar
    if (action === 'case.supervise') return page(BY_VIEW[payload.view ?? 'overdue'])
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const listViews = () =>
  mockCall.mock.calls.filter(([a, p]) => a === 'case.supervise' && (p as Payload).pageSize !== 1).map(([, p]) => p as Payload)

async function tap(selector: string) {
  const el = await waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('督办台', () => {
  it('opens on the overdue view and asks the server for each tab', async () => {
    serve([year(2025, 'library'), year(2026, 'library')])
    render(<SupervisePage />)
    expect(await screen.findByText('超期的咨询')).toBeTruthy()
    expect(listViews()[0]).toEqual({ view: 'overdue', page: 1, pageSize: 10 })
    await waitFor(() => expect(document.querySelector('#supervise-view-open')?.textContent).toBe('在办2'))

    await tap('#supervise-view-review')
    expect(await screen.findByText('差评待复核')).toBeTruthy()
    await tap('#supervise-view-unassigned')
    expect(await screen.findByText('没有待分派的办件')).toBeTruthy()
    await tap('#supervise-view-all')
    expect(await screen.findByText('全部里的一件')).toBeTruthy()
    expect(listViews().map((p) => p.view)).toEqual(['overdue', 'review', 'unassigned', 'all'])
    expect(screen.queryByText(/尚未录入/)).toBeNull()
  })

  it('opens a case on its detail page, where the manager acts', async () => {
    serve([])
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<SupervisePage />)
    await tap('#case-row-ZX20250307-0001')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-1' })
  })

  it('warns when next year has no official holiday calendar and links to the settings', async () => {
    serve([year(2026, 'library'), year(2027, 'weekdays')])
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<SupervisePage />)
    expect(await screen.findByText('2027年法定节假日安排尚未录入，期限将按周一至周五估算')).toBeTruthy()
    await tap('#calendar-warning')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/workbench/settings/index' })
  })

  it('is for managers and admins only', async () => {
    serve([], 'steward')
    render(<SupervisePage />)
    expect(await screen.findByText('督办台仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(listViews()).toHaveLength(0)
  })
})
