import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import MinePage from '../../src/pages/mine/index'
import { enterprise, meAs } from './fixtures'

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
    expect(screen.getByText('解除绑定')).toBeTruthy()
    expect(screen.getByText('编辑资料')).toBeTruthy()
    expect(document.querySelector('#action-bind')).toBeNull()
    expect(screen.queryByText('开发环境')).toBeNull()
    expect(mockCall).toHaveBeenCalledWith('session.me', {})
  })

  it('offers a guest to bind an enterprise or join with a code', async () => {
    mockCall.mockResolvedValue(meAs('guest'))
    render(<MinePage />)
    expect(await screen.findByText('访客')).toBeTruthy()
    expect(document.querySelector('#action-bind')?.textContent).toContain('绑定企业')
    expect(screen.getByText('使用邀请码加入')).toBeTruthy()
    expect(screen.queryByText('解除绑定')).toBeNull()
    expect(screen.queryByText('发放邀请码')).toBeNull()
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

  it('unbinds after confirmation and shows the new state', async () => {
    mockCall.mockImplementation(((action: string) =>
      Promise.resolve(action === 'session.me' ? meAs('entrepreneur') : meAs('guest'))) as typeof call)
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MinePage />)

    const unbind = await screen.findByText('解除绑定')
    await act(async () => {
      fireEvent.click(unbind)
    })
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('account.unbindEnterprise', { confirm: true }))
    expect(modal).toHaveBeenCalled()
    expect(await screen.findByText('使用邀请码加入')).toBeTruthy()
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
