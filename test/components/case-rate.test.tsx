import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { CaseDetail } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import RateCasePage from '../../src/packages/case/rate/index'
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

const resolved = (extra: Partial<CaseDetail> = {}) => caseDetail({ status: 'resolved', deadline: null, allowed: ['rate'], version: 6, ...extra })

function serve(gets: CaseDetail[], rate: (payload: unknown) => Promise<unknown>) {
  let i = 0
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'case.get') return gets[Math.min(i++, gets.length - 1)]
    if (action === 'case.rate') return rate(payload)
    throw new Error(`unexpected ${action}`)
  }) as typeof call)
}

const rateCalls = () => mockCall.mock.calls.filter(([a]) => a === 'case.rate').map(([, p]) => p)

async function tap(selectorOrText: string) {
  const el = selectorOrText.startsWith('#')
    ? await waitFor(() => {
        const found = document.querySelector(selectorOrText)
        if (!found) throw new Error(`no ${selectorOrText}`)
        return found
      })
    : await screen.findByText(selectorOrText)
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

describe('rate page', () => {
  it('asks for a level first, then sends level, good tags and comment with the version', async () => {
    serve([resolved()], async () => resolved({ status: 'closed', allowed: [] }))
    render(<RateCasePage />)
    for (const level of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) {
      expect(await screen.findByText(level)).toBeTruthy()
    }
    await tap('提交评价')
    expect(await screen.findByText('请选择满意程度')).toBeTruthy()
    expect(rateCalls()).toHaveLength(0)

    await tap('#level-0')
    expect(screen.getByText('响应及时')).toBeTruthy()
    expect(screen.queryByText('推诿扯皮')).toBeNull()
    expect(document.querySelector('#bad-note')).toBeNull()
    await tap('#tag-响应及时')
    await tap('#tag-一次办好')
    await tap('提交评价')

    await waitFor(() => expect(rateCalls()).toHaveLength(1))
    expect(rateCalls()[0]).toEqual({ id: 'case-1', version: 6, level: '非常满意', tags: ['响应及时', '一次办好'], comment: '' })
  })

  it('explains that a 差评 opens a review, and offers the bad tags instead', async () => {
    serve([resolved()], async () => resolved({ status: 'rated', allowed: [] }))
    render(<RateCasePage />)
    await tap('#level-0')
    await tap('#tag-态度热情')
    await tap('#level-4')

    expect(screen.getByText(/属于差评，将由园区管理人员复核/)).toBeTruthy()
    expect(screen.getByText('推诿扯皮')).toBeTruthy()
    expect(screen.queryByText('态度热情')).toBeNull()
    await tap('#tag-问题未解决')
    await tap('提交评价')
    await waitFor(() => expect(rateCalls()).toHaveLength(1))
    // the good tag picked before switching to a bad level is not sent
    expect(rateCalls()[0]).toEqual(expect.objectContaining({ level: '非常不满意', tags: ['问题未解决'] }))
  })

  it('keeps the chosen level, tags and comment after a failed send and after leaving the page', async () => {
    serve([resolved()], async () => {
      throw new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })
    })
    const first = render(<RateCasePage />)
    await tap('#level-3')
    await tap('#tag-问题未解决')
    await tap('提交评价')
    expect(await screen.findByText(/网络连接失败/)).toBeTruthy()
    first.unmount()

    serve([resolved()], async () => resolved({ status: 'rated', allowed: [] }))
    render(<RateCasePage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    await tap('提交评价')
    // the first, failed send and this one
    await waitFor(() => expect(rateCalls()).toHaveLength(2))
    expect(rateCalls()[1]).toEqual(expect.objectContaining({ level: '不满意', tags: ['问题未解决'] }))
    // sent: the draft is gone
    await waitFor(() => expect(localStorage.getItem('qsj.draft.caseRate.case-1')).toBeNull())
  })

  it('reloads when the case changed meanwhile', async () => {
    serve([resolved(), resolved({ status: 'closed', allowed: [], version: 7 })], async () => {
      throw new ApiCallError({ code: 'CONFLICT', message: '内容已被他人更新，请刷新后重试' })
    })
    render(<RateCasePage />)
    await tap('#level-1')
    await tap('提交评价')
    expect(await screen.findByText('该办件刚刚已被他人处理，已为您显示最新状态')).toBeTruthy()
    expect(await screen.findByText('该办件当前不能评价')).toBeTruthy()
  })
})
