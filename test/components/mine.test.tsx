import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import MinePage from '../../src/pages/mine/index'
import { enterprise, meAs, membershipOf } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

beforeEach(() => {
  mockCall.mockReset()
})

describe('mine page', () => {
  it('shows the role label and the bound enterprise', async () => {
    mockCall.mockResolvedValue(meAs('entrepreneur'))
    render(<MinePage />)

    expect(await screen.findByText('企业用户')).toBeTruthy()
    expect(screen.getByText('周敏')).toBeTruthy()
    expect(screen.getByText(enterprise.name)).toBeTruthy()
    expect(screen.getByText(`统一社会信用代码：${enterprise.creditCode}`)).toBeTruthy()
    expect(screen.getByText('所在园区：湘潭高新区')).toBeTruthy()
    expect(document.querySelector('#identity-enterprise')?.textContent).toContain('已认证')
    expect(screen.getByText('退出企业')).toBeTruthy()
    expect(screen.getByText('企业成员')).toBeTruthy()
    expect(screen.getByText('编辑资料')).toBeTruthy()
    expect(document.querySelector('#action-bind')).toBeNull()
    expect(screen.queryByText('开发环境')).toBeNull()
    expect(mockCall).toHaveBeenCalledWith('session.me', {})
  })

  it('offers a guest 企业认证 or a staff code', async () => {
    mockCall.mockResolvedValue(meAs('guest'))
    render(<MinePage />)
    expect(await screen.findByText('访客')).toBeTruthy()
    expect(document.querySelector('#action-bind')?.textContent).toContain('申请企业认证')
    expect(screen.getByText('管家/管理员邀请码加入')).toBeTruthy()
    expect(screen.getByText(/尚未认证企业/)).toBeTruthy()
    expect(screen.queryByText('退出企业')).toBeNull()
    expect(screen.queryByText('企业成员')).toBeNull()
    expect(screen.queryByText('发放邀请码')).toBeNull()
  })

  it('shows a pending applicant 待认证 without the enterprise or its entries', async () => {
    mockCall.mockResolvedValue(meAs('guest', { membership: membershipOf({ status: 'pending', method: null, decidedAt: null }) }))
    render(<MinePage />)
    const card = await waitFor(() => {
      const el = document.querySelector('#identity-membership')
      if (!el) throw new Error('no membership yet')
      return el
    })
    expect(card.textContent).toContain('待认证')
    expect(card.textContent).toContain('认证审核中')
    expect(card.textContent).toContain(enterprise.name)
    expect(document.querySelector('#identity-enterprise')).toBeNull()
    expect(document.querySelector('#action-bind')?.textContent).toContain('企业认证（审核中）')
    for (const key of ['cases', 'enterprise-profile', 'members', 'leave']) expect(document.querySelector(`#action-${key}`)).toBeNull()
  })

  it('shows a rejected applicant the reason and the way to apply again', async () => {
    mockCall.mockResolvedValue(meAs('guest', { membership: membershipOf({ status: 'rejected', method: null, reason: '授权委托书未盖章' }) }))
    render(<MinePage />)
    expect(await screen.findByText('未通过')).toBeTruthy()
    expect(screen.getByText('未通过原因：授权委托书未盖章')).toBeTruthy()
    expect(document.querySelector('#action-bind')?.textContent).toContain('申请企业认证')
  })

  it('marks the enterprise admin and shows staff the queue with its count', async () => {
    mockCall.mockResolvedValue(meAs('entrepreneur', { membership: membershipOf({ isAdmin: true }) }))
    const first = render(<MinePage />)
    expect(await screen.findByText('企业管理员')).toBeTruthy()
    expect(screen.getByText('企业成员（管理）')).toBeTruthy()
    first.unmount()

    mockCall.mockReset()
    mockCall.mockImplementation(((action: string) =>
      Promise.resolve(action === 'membership.counts' ? { pending: 3 } : meAs('steward'))) as typeof call)
    render(<MinePage />)
    expect(await screen.findByText('企业认证审核')).toBeTruthy()
    await waitFor(() => expect(document.querySelector('#action-membership-queue-count')?.textContent).toBe('3'))
    expect(document.querySelector('#action-bind')).toBeNull()
  })

  it('shows a manager the park and 发放邀请码, and the dev badge on the local host', async () => {
    mockCall.mockResolvedValue(meAs('manager', { devMode: true }))
    render(<MinePage />)
    expect(await screen.findByText('园区管理员')).toBeTruthy()
    expect(screen.getByText('湘潭高新区')).toBeTruthy()
    expect(screen.getByText('发放邀请码')).toBeTruthy()
    expect(screen.getByText('开发环境')).toBeTruthy()
    expect(screen.getByText('切换身份')).toBeTruthy()
  })

  it('leaves the enterprise after confirmation and shows the new state', async () => {
    mockCall.mockImplementation(((action: string) =>
      Promise.resolve(action === 'session.me' ? meAs('entrepreneur') : meAs('guest', { membership: membershipOf({ status: 'left' }) }))) as typeof call)
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MinePage />)

    const leave = await screen.findByText('退出企业')
    await act(async () => {
      fireEvent.click(leave)
    })
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('membership.leave', { confirm: true }))
    expect(modal.mock.calls[0][0]?.content).toContain(enterprise.name)
    expect(await screen.findByText('申请企业认证')).toBeTruthy()
    expect(screen.queryByText(enterprise.name)).toBeNull()
    modal.mockRestore()
  })

  it('shows the error and retries', async () => {
    const { ApiCallError } = jest.requireActual('../../src/services/errors')
    mockCall
      .mockRejectedValueOnce(new ApiCallError({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }))
      .mockResolvedValue(meAs('entrepreneur'))
    render(<MinePage />)
    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByText('重试'))
    })
    expect(await screen.findByText(enterprise.name)).toBeTruthy()
  })
})
