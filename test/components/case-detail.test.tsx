import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CaseDetail } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import CaseDetailPage from '../../src/packages/case/detail/index'
import { caseDetail } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'case-1' } }) }
})

/** answers case.get with the given details in turn (the last one repeats), and other actions by handler */
function serve(gets: CaseDetail[], writes: Record<string, (payload: unknown) => Promise<unknown>> = {}) {
  let i = 0
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'case.get') return gets[Math.min(i++, gets.length - 1)]
    const h = writes[action]
    if (h) return h(payload)
    throw new ApiCallError({ code: 'UNKNOWN_ACTION', message: '不支持的操作' })
  }) as typeof call)
}

const calls = (action: string) => mockCall.mock.calls.filter(([a]) => a === action)

async function tapText(text: string) {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('case detail', () => {
  it('shows the whole case: header, text, people, deadlines and the history', async () => {
    serve([caseDetail({ escalationLevel: 1, pressCount: 2, submitterName: '投诉人信息仅管理人员可见', submitterPhone: '' })])
    render(<CaseDetailPage />)
    expect(await screen.findByText('ZX20250307-0001')).toBeTruthy()
    expect(screen.getByText('已超期')).toBeTruthy()
    expect(screen.getByText('已被督办 2 次')).toBeTruthy()
    expect(screen.getByText(/研发投入约300万元/)).toBeTruthy()
    expect(document.querySelector('#case-submitter')?.textContent).toContain('投诉人信息仅管理人员可见')
    expect(screen.getByText('李管家', { selector: '.case-facts__value' })).toBeTruthy()
    // history in Beijing time with the event labels
    expect(screen.getByText('受理')).toBeTruthy()
    expect(screen.getByText('已受理，正在核实')).toBeTruthy()
    expect(screen.getByText('2025-03-07 10:00', { selector: '.case-timeline__time' })).toBeTruthy()
    expect(calls('case.get')[0][1]).toEqual({ id: 'case-1' })
  })

  it('shows only the actions the server allows', async () => {
    serve([caseDetail({ allowed: [] })])
    const first = render(<CaseDetailPage />)
    await screen.findByText('ZX20250307-0001')
    expect(screen.queryByText('我的操作')).toBeNull()
    expect(document.querySelector('#staff-action-panel')).toBeNull()
    first.unmount()

    serve([caseDetail({ allowed: ['supplement', 'withdraw'] })])
    const second = render(<CaseDetailPage />)
    expect(await screen.findByText('补充说明')).toBeTruthy()
    expect(screen.getByText('撤回办件')).toBeTruthy()
    expect(screen.queryByText('评价本次服务')).toBeNull()
    second.unmount()

    serve([caseDetail({ status: 'resolved', allowed: ['rate'] })])
    const third = render(<CaseDetailPage />)
    expect(await screen.findByText('评价本次服务')).toBeTruthy()
    expect(screen.queryByText('撤回办件')).toBeNull()
    third.unmount()

    serve([caseDetail({ allowed: ['reply', 'resolve'] })])
    render(<CaseDetailPage />)
    await screen.findByText('ZX20250307-0001')
    await waitFor(() => expect(document.querySelector('#staff-action-panel')).not.toBeNull())
    expect(screen.queryByText('我的操作')).toBeNull()
  })

  it('withdraws after confirmation, sending the version it saw', async () => {
    const withdrawn = caseDetail({ status: 'withdrawn', deadline: null, allowed: [], version: 4 })
    serve([caseDetail({ allowed: ['withdraw'] })], { 'case.withdraw': async () => withdrawn })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<CaseDetailPage />)
    await tapText('撤回办件')

    await waitFor(() => expect(calls('case.withdraw')).toHaveLength(1))
    expect(calls('case.withdraw')[0][1]).toEqual({ id: 'case-1', version: 3, reason: '' })
    expect(modal).toHaveBeenCalled()
    expect(await screen.findByText('已撤回', { selector: '.case-status__tag' })).toBeTruthy()
    expect(screen.queryByText('撤回办件')).toBeNull()
  })

  it('reloads and says so when someone else acted first', async () => {
    const fresh = caseDetail({ status: 'assigned', allowed: [], version: 5, assigneeName: '王管家' })
    serve([caseDetail({ allowed: ['withdraw'] }), fresh], {
      'case.withdraw': async () => {
        throw new ApiCallError({ code: 'CASE_STALE', message: '该办件刚刚已被他人处理，已为您显示最新状态' })
      }
    })
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<CaseDetailPage />)
    await tapText('撤回办件')

    expect((await waitFor(() => document.querySelector('#stale-notice')))?.textContent).toBe('该办件刚刚已被他人处理，已为您显示最新状态')
    await waitFor(() => expect(calls('case.get')).toHaveLength(2))
    expect(await screen.findByText('待受理')).toBeTruthy()
    expect(screen.getByText('王管家', { selector: '.case-facts__value' })).toBeTruthy()
    expect(screen.queryByText('撤回办件')).toBeNull()
  })

  it('sends a supplement with text and version, and shows the updated case', async () => {
    const text = '补充：研发费用明细表已整理，见附件说明。'
    const after = caseDetail({
      version: 4,
      allowed: ['supplement'],
      events: [...caseDetail().events, { at: '2025-03-07T03:00:00.000Z', action: 'supplement', actorName: '周敏', actorRole: 'entrepreneur', note: text, attachments: [], visibility: 'all' }]
    })
    serve([caseDetail({ allowed: ['supplement'], awaitingInfo: true })], { 'case.supplement': async () => after })
    render(<CaseDetailPage />)
    // asked for more information: the form is open at once
    expect(await screen.findByText('承办人请您补充材料，请查看下方办理记录中的要求。')).toBeTruthy()
    const area = await waitFor(() => {
      const el = document.querySelector<HTMLTextAreaElement>('#supplement-text textarea')
      if (!el) throw new Error('no textarea')
      return el
    })
    await act(async () => {
      fireEvent.input(area, { target: { value: text } })
    })
    await tapText('提交补充')

    await waitFor(() => expect(calls('case.supplement')).toHaveLength(1))
    expect(calls('case.supplement')[0][1]).toEqual({ id: 'case-1', version: 3, text, attachments: [] })
    expect(await screen.findByText(text, { selector: '.case-timeline__note' })).toBeTruthy()
  })
})
