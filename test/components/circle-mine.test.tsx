import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import CircleMinePage from '../../src/packages/circle/mine/index'
import CircleRequestsPage from '../../src/packages/circle/requests/index'
import { meAs } from './fixtures'
import { contactRequest, pageOf, postDetail, postSummary } from './circle-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

let answers: Partial<Record<ActionName, (payload: Record<string, unknown>) => unknown>>

async function el(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function tap(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target)
  })
}

const payloads = (action: ActionName) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  answers = {
    'post.mine': () =>
      pageOf([
        postSummary('p1', { mine: true, status: 'published', title: '供应精密轴承' }),
        postSummary('p2', { mine: true, status: 'rejected', title: '求购纸箱' }),
        postSummary('p3', { mine: true, status: 'closed', title: '旧信息' })
      ]),
    'post.contactRequests': () => pageOf([contactRequest('r1'), contactRequest('r2', { requesterEnterpriseName: '湘潭永兴物流有限公司' })])
  }
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return meAs('entrepreneur') as never
    const answer = answers[action]
    if (answer) return answer(payload as Record<string, unknown>) as never
    throw new Error(`unexpected ${action}`)
  })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => jest.restoreAllMocks())

describe('我的商圈', () => {
  it('lists my posts with their status, filters by status, and offers edit and close where they apply', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<CircleMinePage />)
    expect((await el('#post-p1')).textContent).toContain('已发布')
    expect((await el('#post-p2')).textContent).toContain('未通过')
    expect((await el('#post-p3')).textContent).toContain('已关闭')
    expect(payloads('post.mine')[0]).toEqual({ page: 1, pageSize: 10 })
    // a closed post can neither be edited nor closed again
    expect(document.querySelector('#edit-p3')).toBeNull()
    expect(document.querySelector('#close-p3')).toBeNull()

    await tap('#edit-p2')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/circle/edit/index?id=p2' })

    await tap('#mine-status-rejected')
    await waitFor(() => expect(payloads('post.mine').at(-1)).toEqual({ status: 'rejected', page: 1, pageSize: 10 }))
  })

  it('closes a post after confirming', async () => {
    answers['post.close'] = () => postDetail('p1', { mine: true, status: 'closed', title: '供应精密轴承' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<CircleMinePage />)
    await tap('#close-p1')
    expect(modal.mock.calls[0][0]?.content).toContain('供应精密轴承')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.close', { id: 'p1' }, { requestId: expect.any(String) }))
    await waitFor(() => expect(document.querySelector('#post-p1')?.textContent).toContain('已关闭'))
    expect(document.querySelector('#close-p1')).toBeNull()
  })

  it('answers a received contact request', async () => {
    answers['post.answerContact'] = (p) => contactRequest(String(p.requestId), { state: p.accept ? 'accepted' : 'declined' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<CircleRequestsPage />)
    const row = await el('#request-r1')
    expect(payloads('post.contactRequests')[0]).toEqual({ state: 'pending', page: 1, pageSize: 10 })
    expect(row.textContent).toContain('湘潭华菱配套有限公司 · 刘洋')
    expect(row.textContent).toContain('我司每月需要约2000套，想了解价格。')
    expect(row.textContent).toContain('申请查看：供应精密轴承')

    await tap('#accept-r1')
    expect(modal.mock.calls[0][0]?.content).toContain('湘潭华菱配套有限公司可看到')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.answerContact', { requestId: 'r1', accept: true }, { requestId: expect.any(String) }))
    await waitFor(() => expect(document.querySelector('#request-r1')?.textContent).toContain('已同意'))
    expect(document.querySelector('#accept-r1')).toBeNull()

    await tap('#decline-r2')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.answerContact', { requestId: 'r2', accept: false }, { requestId: expect.any(String) }))
    await waitFor(() => expect(document.querySelector('#request-r2')?.textContent).toContain('已拒绝'))
  })

  it('sends nothing when the answer is not confirmed, and shows a refusal', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<CircleRequestsPage />)
    await tap('#accept-r1')
    expect(payloads('post.answerContact')).toHaveLength(0)

    answers['post.answerContact'] = () => {
      throw new ApiCallError({ code: 'CONFLICT', message: '该申请已处理过，不能更改' })
    }
    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    await tap('#accept-r1')
    await waitFor(() => expect(modal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '处理失败', content: '该申请已处理过，不能更改' })))
    expect(document.querySelector('#request-r1')?.textContent).toContain('待处理')
  })

  it('switches between my posts and received requests', async () => {
    render(<CircleMinePage />)
    await el('#post-p1')
    await tap('#circle-mine-requests')
    expect(await el('#request-r1')).toBeTruthy()
    expect(document.querySelector('#post-p1')).toBeNull()
    expect(screen.getByText('待处理', { selector: '#request-state-pending' })).toBeTruthy()
  })
})
