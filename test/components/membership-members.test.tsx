import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me, MemberInvite, Membership } from '../../types'
import { call } from '../../src/services'
import MembersPage from '../../src/packages/account/members/index'
import JoinEnterprisePage from '../../src/packages/account/join-enterprise/index'
import { ApiCallError } from '../../src/services/errors'
import { enterprise, meAs, membershipOf, NOW } from './fixtures'
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

const admin = membershipOf({ _id: 'ms-admin', name: '周敏', isAdmin: true, method: 'seed' })
const colleague = membershipOf({ _id: 'ms-2', userId: 'acc-2', name: '王芳', phone: '138****1234', method: 'invite' })
const invite = (code: string, extra: Partial<MemberInvite> = {}): MemberInvite => ({
  code,
  enterpriseId: enterprise._id,
  enterpriseName: enterprise.name,
  note: '',
  createdAt: NOW,
  expiresAt: '2025-03-14T01:30:00.000Z',
  status: 'unused',
  usedByName: null,
  ...extra
})
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 5, hasMore: false })

function serve(me: Me, members: Membership[], handlers: Record<string, Handler> = {}) {
  answerCalls(mockCall, {
    'session.me': () => me,
    'membership.members': () => members,
    'membership.invites': () => page([invite('AB12CD34EF')]),
    ...handlers
  })
}
const confirmModals = () => jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
})
afterEach(() => jest.restoreAllMocks())

describe('企业成员', () => {
  it('lets the enterprise admin see masked phones, how each joined, and manage the others', async () => {
    serve(meAs('entrepreneur', { membership: admin }), [admin, colleague])
    render(<MembersPage />)

    const row = await find('#member-ms-2')
    expect(row.textContent).toContain('王芳')
    expect(row.textContent).toContain('138****1234')
    expect(row.textContent).toContain('企业邀请')
    expect((await find('#member-ms-admin')).textContent).toContain('管理员')
    expect((await find('#member-ms-admin')).textContent).toContain('（我）')
    // no operations on oneself; 退出企业 is at the bottom instead
    expect(document.querySelector('#member-remove-ms-admin')).toBeNull()
    expect(document.querySelector('#member-remove-ms-2')).toBeTruthy()
    expect(await find('#member-invites')).toBeTruthy()
    expect((await find('#member-invite-AB12CD34EF')).textContent).toContain('未使用')
  })

  it('tells a plain member who manages the roster, and offers 退出企业', async () => {
    serve(meAs('entrepreneur', { membership: colleague }), [admin, colleague])
    render(<MembersPage />)
    expect((await find('#member-self')).textContent).toContain('成员名单由企业管理员管理')
    expect(document.querySelector('#member-ms-admin')).toBeNull()
    expect(document.querySelector('#member-remove-ms-admin')).toBeNull()
    expect(document.querySelector('#member-invites')).toBeNull()
    expect(await find('#member-leave')).toBeTruthy()
    // the roster and the codes are the admin's: not even asked for
    expect(sent('membership.members')).toHaveLength(0)
    expect(sent('membership.invites')).toHaveLength(0)
  })

  it('creates a code and shows it large, with copy', async () => {
    const created = invite('ZX98YW76VU', { note: '财务部' })
    serve(meAs('entrepreneur', { membership: admin }), [admin, colleague], { 'membership.createInvite': () => created })
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    render(<MembersPage />)
    await typeInto('#member-invite-note', '财务部')
    await tap('#member-invite-create')

    await waitFor(() => expect(sent('membership.createInvite')).toEqual([{ note: '财务部' }]))
    expect((await find('#new-member-invite-code')).textContent).toBe('ZX98YW76VU')
    await act(async () => {
      fireEvent.click(screen.getByText('复制邀请码'))
    })
    expect(copy).toHaveBeenCalledWith({ data: 'ZX98YW76VU' })
  })

  it('removes a member with a reason after the admin confirms, and reloads the list', async () => {
    let members = [admin, colleague]
    serve(meAs('entrepreneur', { membership: admin }), [], {
      'membership.members': () => members,
      'membership.remove': () => {
        members = [admin]
        return { ...colleague, status: 'removed' }
      }
    })
    render(<MembersPage />)
    await tap('#member-remove-ms-2')
    await typeInto('#remove-reason-ms-2', '已离职')
    await tap('#remove-confirm-ms-2')

    await waitFor(() => expect(sent('membership.remove')).toEqual([{ id: 'ms-2', reason: '已离职' }]))
    await waitFor(() => expect(document.querySelector('#member-ms-2')).toBeNull())
  })

  it('makes a member an admin after confirmation, and says why when refused', async () => {
    serve(meAs('entrepreneur', { membership: admin }), [admin, colleague], {
      'membership.setAdmin': () => {
        throw new ApiCallError({ code: 'NOT_ENTERPRISE_ADMIN', message: '只有企业管理员可以进行此操作' })
      }
    })
    const modal = confirmModals()
    render(<MembersPage />)
    await tap('#member-admin-ms-2')
    await waitFor(() => expect(sent('membership.setAdmin')).toEqual([{ id: 'ms-2', admin: true }]))
    await waitFor(() => expect(modal.mock.calls.some(([o]) => o?.content === '只有企业管理员可以进行此操作')).toBe(true))
  })

  it('leaves the enterprise after confirmation and goes back to 我的', async () => {
    serve(meAs('entrepreneur', { membership: colleague }), [admin, colleague], { 'membership.leave': () => meAs('guest') })
    confirmModals()
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<MembersPage />)
    await tap('#member-leave')
    await waitFor(() => expect(sent('membership.leave')).toEqual([{ confirm: true }]))
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  })

  it('tells someone who is not a member how to become one', async () => {
    serve(meAs('guest', { membership: membershipOf({ status: 'pending', method: null }) }), [])
    render(<MembersPage />)
    expect(await screen.findByText('企业认证审核中')).toBeTruthy()
    expect(sent('membership.members')).toHaveLength(0)
  })
})

describe('加入企业 with a code', () => {
  it('shows the code from the link, redeems it and lands on 我的', async () => {
    routerParams = { code: 'ab12cd34ef' }
    serve(meAs('guest'), [], { 'membership.redeem': () => meAs('entrepreneur') })
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<JoinEnterprisePage />)
    expect((await find('#join-code-card')).textContent).toContain('AB12CD34EF')
    await tap('#join-enterprise-submit')
    await waitFor(() => expect(sent('membership.redeem')).toEqual([{ code: 'AB12CD34EF' }]))
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/mine/index' }), { timeout: 3000 })
  })

  it('checks the code before sending, and shows why the server refused it', async () => {
    serve(meAs('guest'), [], {
      'membership.redeem': () => {
        throw new ApiCallError({ code: 'INVITE_USED', message: '该邀请码已被使用' })
      }
    })
    render(<JoinEnterprisePage />)
    await typeInto('#enterprise-invite-code', 'AB12')
    await tap('#join-enterprise-submit')
    expect(await screen.findByText('企业邀请码为10位字母或数字')).toBeTruthy()
    expect(sent('membership.redeem')).toHaveLength(0)

    await typeInto('#enterprise-invite-code', 'AB12CD34EF')
    await tap('#join-enterprise-submit')
    expect(await screen.findByText('该邀请码已被使用')).toBeTruthy()
  })
})
