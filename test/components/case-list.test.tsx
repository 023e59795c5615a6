import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import MyCasesPage from '../../src/packages/case/list/index'
import { caseSummary, pageOf } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

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

const mineCalls = () => mockCall.mock.calls.filter(([a]) => a === 'case.mine').map(([, p]) => p)

beforeEach(() => {
  mockCall.mockReset()
  routerParams = {}
  jest.useFakeTimers({ now: Date.parse('2025-03-07T01:30:00.000Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  // no router in these tests: the page stack is empty
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

describe('我的办件', () => {
  it('lists the cases with status, handler and a live countdown', async () => {
    mockCall.mockResolvedValue(
      pageOf([
        caseSummary(1),
        caseSummary(2, { status: 'resolved', deadline: null, title: '已办结的咨询' }),
        caseSummary(3, { escalationLevel: 2, deadline: { kind: 'resolve', dueAt: '2025-03-06T01:30:00.000Z', overdue: true } })
      ])
    )
    render(<MyCasesPage />)

    const row = await waitFor(() => {
      const el = document.querySelector('#case-row-ZX20250307-0001')
      if (!el) throw new Error('no row')
      return el
    })
    expect(row.textContent).toContain('咨询')
    expect(row.textContent).toContain('办理中')
    expect(row.textContent).toContain('承办：李管家')
    // due 2025-03-09 04:30Z, now 2025-03-07 01:30Z
    expect(row.textContent).toContain('办结时限剩余2天3小时')
    const overdue = document.querySelector('#case-row-ZX20250307-0003')
    expect(overdue?.textContent).toContain('已督办至园区')
    expect(overdue?.textContent).toContain('已超期1天')
    expect(document.querySelector('#case-row-ZX20250307-0002')?.textContent).toContain('待评价')
    expect(mineCalls()[0]).toEqual({ filter: 'all', page: 1, pageSize: 10 })

    // one clock for the whole list: the countdown moves on
    act(() => {
      jest.advanceTimersByTime(60 * 60 * 1000)
    })
    expect(document.querySelector('#case-row-ZX20250307-0001')?.textContent).toContain('剩余2天2小时')
  })

  it('filters by status and type', async () => {
    mockCall.mockResolvedValue(pageOf([caseSummary(1)]))
    render(<MyCasesPage />)
    await waitFor(() => expect(mineCalls()).toHaveLength(1))

    await tap('#filter-done')
    await waitFor(() => expect(mineCalls()[1]).toEqual({ filter: 'done', page: 1, pageSize: 10 }))
    await tap('#type-complaint')
    await waitFor(() => expect(mineCalls()[2]).toEqual({ filter: 'done', type: 'complaint', page: 1, pageSize: 10 }))
    expect(document.querySelector('#filter-done')?.className).toContain('tab-strip__tab--on')
  })

  it('opens on 待评价 from the home 评价 channel', async () => {
    routerParams = { filter: 'toRate' }
    mockCall.mockResolvedValue(pageOf([]))
    render(<MyCasesPage />)
    await waitFor(() => expect(mineCalls()[0]).toEqual({ filter: 'toRate', page: 1, pageSize: 10 }))
    expect(await screen.findByText('没有待评价的办件')).toBeTruthy()
  })

  it('offers 咨询 and 投诉 when there is nothing, and opens a case on tap', async () => {
    mockCall.mockResolvedValueOnce(pageOf([]))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<MyCasesPage />)
    expect(await screen.findByText('您还没有办件')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByText('我要投诉'))
    })
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/submit/index?type=complaint' })
    navigate.mockRestore()
  })

  it('opens the detail of a tapped case', async () => {
    mockCall.mockResolvedValue(pageOf([caseSummary(7)]))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<MyCasesPage />)
    await tap('#case-row-ZX20250307-0007')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-7' })
    navigate.mockRestore()
  })
})
