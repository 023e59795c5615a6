import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me, Membership } from '../../types'
import { call } from '../../src/services'
import MembershipQueuePage from '../../src/packages/account/requests/index'
import MembershipReviewPage from '../../src/packages/account/request/index'
import { ApiCallError } from '../../src/services/errors'
import { meAs, membershipOf, NOW } from './fixtures'
import { answerCalls, find, sentTo, tap, typeInto, type Handler } from './dom'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => sentTo(mockCall, action)

const request = membershipOf({
  _id: 'ms-9',
  name: '陈立',
  phone: '13700001111',
  status: 'pending',
  method: null,
  capacity: 'authorised',
  authorisation: { fileID: 'cloud://local-dev.files/202503/auth.jpg', name: '授权委托书.jpg', size: 1000, kind: 'image' },
  decidedAt: null,
  decidedByName: null
})

function serve(me: Me, handlers: Record<string, Handler> = {}) {
  answerCalls(mockCall, { 'session.me': () => me, ...handlers })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  routerParams = {}
})
afterEach(() => jest.restoreAllMocks())

describe('企业认证审核 queue', () => {
  it('lists pending requests page by page, and the decided ones on their tab', async () => {
    const more = (i: number): Membership => ({ ...request, _id: `ms-p${i}`, name: `申请人${i}` })
    serve(meAs('manager'), {
      'membership.queue': (p) => {
        const { status, page } = p as { status: string; page: number }
        if (status === 'decided') return { items: [], total: 0, page: 1, pageSize: 10, hasMore: false }
        const items = page === 1 ? Array.from({ length: 10 }, (_, i) => more(i)) : [more(10)]
        return { items, total: 11, page, pageSize: 10, hasMore: page === 1 }
      }
    })
    render(<MembershipQueuePage />)
    const row = await find('#ms-request-ms-p0')
    expect(row.textContent).toContain('湘潭恒远机电有限公司')
    expect(row.textContent).toContain('受企业委托')
    expect(row.textContent).toContain('待认证')
    expect((await find('#ms-queue-tab-pending')).textContent).toContain('11')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(await find('#ms-request-ms-p10')).toBeTruthy()
    expect(sent('membership.queue')).toEqual([
      { status: 'pending', page: 1, pageSize: 10 },
      { status: 'pending', page: 2, pageSize: 10 }
    ])

    await tap('#ms-queue-tab-decided')
    expect(await screen.findByText('还没有处理过认证申请')).toBeTruthy()
  })

  it('says so when nothing waits, and keeps non-staff out', async () => {
    serve(meAs('steward'), { 'membership.queue': () => ({ items: [], total: 0, page: 1, pageSize: 10, hasMore: false }) })
    const first = render(<MembershipQueuePage />)
    expect(await screen.findByText('没有待审核的企业认证申请')).toBeTruthy()
    first.unmount()

    mockCall.mockReset()
    serve(meAs('entrepreneur'))
    render(<MembershipQueuePage />)
    expect(await screen.findByText('企业认证审核仅供企业管家和管理人员使用')).toBeTruthy()
    expect(sent('membership.queue')).toHaveLength(0)
  })
})

describe('企业认证申请 review', () => {
  it('shows the applicant, the enterprise, the capacity and both papers; approves after confirmation', async () => {
    routerParams = { id: 'ms-9' }
    serve(meAs('manager'), {
      'membership.get': () => request,
      'membership.approve': () => ({ ...request, status: 'approved', method: 'park', decidedByName: '周敏', decidedAt: NOW })
    })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MembershipReviewPage />)

    const summary = await find('#ms-review-summary')
    expect(summary.textContent).toContain('陈立')
    expect(summary.textContent).toContain('13700001111')
    expect(summary.textContent).toContain('受企业委托')
    expect(document.querySelectorAll('.attachment-list__thumb')).toHaveLength(2)
    expect(screen.getByText('营业执照')).toBeTruthy()
    expect(screen.getByText('授权委托书')).toBeTruthy()

    await tap('#ms-approve')
    await waitFor(() => expect(sent('membership.approve')).toEqual([{ id: 'ms-9' }]))
    expect(modal.mock.calls[0][0]?.content).toContain('陈立')
    await waitFor(() => expect((document.querySelector('#ms-review-summary')?.textContent ?? '')).toContain('已认证'))
    expect(document.querySelector('#ms-approve')).toBeNull()
  })

  it('previews a paper full screen when tapped', async () => {
    routerParams = { id: 'ms-9' }
    serve(meAs('steward'), { 'membership.get': () => request })
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' })
    render(<MembershipReviewPage />)
    const thumb = await find('.attachment-list__thumb')
    await act(async () => {
      fireEvent.click(thumb)
    })
    expect(preview).toHaveBeenCalled()
  })

  it('rejects only with a reason, which is sent as typed', async () => {
    routerParams = { id: 'ms-9' }
    serve(meAs('steward'), {
      'membership.get': () => request,
      'membership.reject': (p) => ({ ...request, status: 'rejected', reason: (p as { reason: string }).reason, decidedAt: NOW })
    })
    render(<MembershipReviewPage />)
    await tap('#ms-reject')
    await tap('#ms-reject-confirm')
    expect(await screen.findByText('请填写不通过的原因')).toBeTruthy()
    expect(sent('membership.reject')).toHaveLength(0)

    await typeInto('#ms-reject-reason', '授权委托书未加盖公章')
    await tap('#ms-reject-confirm')
    await waitFor(() => expect(sent('membership.reject')).toEqual([{ id: 'ms-9', reason: '授权委托书未加盖公章' }]))
    await waitFor(() => expect(document.querySelector('#ms-review-summary')?.textContent).toContain('未通过'))
  })

  it('shows a decision that was already made by someone else', async () => {
    routerParams = { id: 'ms-9' }
    serve(meAs('manager'), {
      'membership.get': () => request,
      'membership.approve': () => {
        throw new ApiCallError({ code: 'MEMBERSHIP_DECIDED', message: '该认证申请已处理' })
      }
    })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MembershipReviewPage />)
    await tap('#ms-approve')
    await waitFor(() => expect(modal.mock.calls.some(([o]) => o?.content === '该认证申请已处理')).toBe(true))
  })
})
