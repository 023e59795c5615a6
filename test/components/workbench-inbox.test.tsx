import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CaseSummary, Page, StewardRecord } from '../../types'
import { call } from '../../src/services'
import InboxPage from '../../src/packages/workbench/inbox/index'
import { meAs } from './fixtures'
import { caseSummary } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

const record: StewardRecord = {
  stewardId: 'acc-steward',
  name: '周敏',
  parkName: '湘潭高新区',
  resolvedCount: 30,
  medianFirstResponseMinutes: 135,
  onTimeRate: 29 / 30,
  satisfaction: 0.95,
  ratedCount: 20
}

const page = (items: CaseSummary[], total = items.length, hasMore = false, n = 1): Page<CaseSummary> => ({ items, total, page: n, pageSize: 10, hasMore })
const overdue = caseSummary(7, { title: '厂房消防验收迟迟未办', escalationLevel: 1, deadline: { kind: 'resolve', dueAt: '2025-03-06T01:30:00.000Z', overdue: true } })

type InboxPayload = { filter?: string; type?: string; page?: number; pageSize?: number }

/** the server: list answers by filter; counts come from the same action with pageSize 1 */
function serve(lists: Record<string, (p: InboxPayload) => Page<CaseSummary>>, role: 'steward' | 'manager' | 'entrepreneur' = 'steward') {
  mockCall.mockImplementation((async (action: string, payload: InboxPayload) => {
    if (action === 'session.me') return meAs(role)
    if (action === 'steward.record') return record
    if (action === 'case.inbox') return lists[payload.filter ?? 'all'](payload)
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const listCalls = () =>
  mockCall.mock.calls.filter(([a, p]) => a === 'case.inbox' && (p as InboxPayload).pageSize !== 1).map(([, p]) => p as InboxPayload)

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
  jest.useFakeTimers({ now: Date.parse('2025-03-07T01:30:00.000Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

describe('管家工作台', () => {
  it('lists the cases with the enterprise and a live countdown, and counts per filter', async () => {
    serve({
      all: () => page([overdue, caseSummary(1)], 2),
      overdue: () => page([overdue], 1),
      awaitingInfo: () => page([], 0)
    })
    render(<InboxPage />)

    const row = await waitFor(() => {
      const el = document.querySelector('#case-row-ZX20250307-0001')
      if (!el) throw new Error('no row')
      return el
    })
    expect(row.textContent).toContain('湘潭恒远机电有限公司')
    expect(row.textContent).toContain('剩余2天3小时')
    expect(document.querySelector('#case-row-ZX20250307-0007')?.textContent).toContain('已超期1天')
    // urgency order is the server's
    const rows = Array.from(document.querySelectorAll('.case-row')).map((r) => r.id)
    expect(rows).toEqual(['case-row-ZX20250307-0007', 'case-row-ZX20250307-0001'])

    await waitFor(() => expect(document.querySelector('#inbox-filter-overdue')?.textContent).toBe('已超期1'))
    expect(document.querySelector('#inbox-filter-all')?.textContent).toBe('全部2')
    expect(document.querySelector('#inbox-filter-awaitingInfo')?.textContent).toBe('待企业补充0')
    expect(listCalls()[0]).toEqual({ filter: 'all', page: 1, pageSize: 10 })

    // the countdown runs on
    await act(async () => {
      jest.advanceTimersByTime(60 * 60 * 1000)
    })
    expect(document.querySelector('#case-row-ZX20250307-0001')?.textContent).toContain('剩余2天2小时')
  })

  it('shows the steward their own record with formatted figures', async () => {
    serve({ all: () => page([caseSummary(1)]), overdue: () => page([]), awaitingInfo: () => page([]) })
    render(<InboxPage />)
    expect(await screen.findByText('我的服务记录')).toBeTruthy()
    expect(await screen.findByText('2小时15分钟')).toBeTruthy()
    expect(screen.getByText('96.7%')).toBeTruthy()
    expect(screen.getByText('95%')).toBeTruthy()
    expect(mockCall).toHaveBeenCalledWith('steward.record', { stewardId: 'acc-steward' })
  })

  it('switches filter and type, asking the server for each', async () => {
    serve({
      all: () => page([caseSummary(1)]),
      overdue: (p) => page(p.type === 'complaint' ? [] : [overdue]),
      awaitingInfo: () => page([])
    })
    render(<InboxPage />)
    await screen.findByText('关于研发费用加计扣除的咨询1')

    await tap('#inbox-filter-overdue')
    expect(await screen.findByText('厂房消防验收迟迟未办')).toBeTruthy()
    await tap('#type-complaint')
    expect(await screen.findByText('没有超期的办件')).toBeTruthy()
    expect(listCalls().slice(-2)).toEqual([
      { filter: 'overdue', page: 1, pageSize: 10 },
      { filter: 'overdue', type: 'complaint', page: 1, pageSize: 10 }
    ])
  })

  it('says 暂无待办，辛苦了 when the inbox is empty, and does not show a manager a steward record', async () => {
    serve({ all: () => page([]), overdue: () => page([]), awaitingInfo: () => page([]) }, 'manager')
    render(<InboxPage />)
    expect(await screen.findByText('暂无待办，辛苦了')).toBeTruthy()
    expect(screen.queryByText('我的服务记录')).toBeNull()
    expect(mockCall.mock.calls.some(([a]) => a === 'steward.record')).toBe(false)
  })

  it('loads the next page on 加载更多', async () => {
    const first = Array.from({ length: 10 }, (_, i) => caseSummary(i + 1))
    serve({
      all: (p) => (p.page === 2 ? page([caseSummary(11)], 11, false, 2) : page(p.pageSize === 1 ? first.slice(0, 1) : first, 11, true)),
      overdue: () => page([]),
      awaitingInfo: () => page([])
    })
    render(<InboxPage />)
    await screen.findByText('关于研发费用加计扣除的咨询10')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(await screen.findByText('关于研发费用加计扣除的咨询11')).toBeTruthy()
    expect(listCalls().at(-1)).toEqual({ filter: 'all', page: 2, pageSize: 10 })
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  it('tells an entrepreneur the workbench is not for them', async () => {
    serve({}, 'entrepreneur')
    render(<InboxPage />)
    expect(await screen.findByText('工作台仅供企业管家和管理人员使用')).toBeTruthy()
    expect(mockCall.mock.calls.some(([a]) => a === 'case.inbox')).toBe(false)
  })
})
