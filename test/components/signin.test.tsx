import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ApiCallError } from '../../src/services/errors'
import { devSignIn, isDevTransport, listPersonas } from '../../src/services'
import DevSignInPage from '../../src/packages/dev/signin/index'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  listPersonas: jest.fn(),
  devSignIn: jest.fn(),
  isDevTransport: jest.fn()
}))

const mockList = listPersonas as jest.MockedFunction<typeof listPersonas>
const mockSignIn = devSignIn as jest.MockedFunction<typeof devSignIn>
const mockIsDev = isDevTransport as jest.MockedFunction<typeof isDevTransport>

beforeEach(() => {
  mockList.mockReset()
  mockSignIn.mockReset()
  mockIsDev.mockReset().mockReturnValue(true)
})

describe('development sign-in', () => {
  it('is marked as development-only and lists personas by role', async () => {
    mockList.mockResolvedValue([
      { id: 'mgr', name: '李主任', role: 'manager', roleLabel: '园区管理员', description: '高新区管委会' },
      { id: 'ent', name: '王经理', role: 'entrepreneur', roleLabel: '企业用户', description: '已绑定企业' }
    ])
    render(<DevSignInPage />)
    expect(screen.getByText('仅供开发环境使用')).toBeTruthy()
    expect(await screen.findByText('李主任')).toBeTruthy()
    expect(screen.getByText('高新区管委会')).toBeTruthy()
    const headings = screen.getAllByText(/^(企业用户|园区管理员)$/).map((e) => e.textContent)
    expect(headings).toEqual(['企业用户', '园区管理员'])
  })

  it('signs in as the tapped persona and restarts on the home page', async () => {
    mockList.mockResolvedValue([{ id: 'ent', name: '王经理', role: 'entrepreneur', roleLabel: '企业用户', description: '' }])
    mockSignIn.mockResolvedValue()
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<DevSignInPage />)
    const persona = await screen.findByText('王经理')
    await act(async () => {
      fireEvent.click(persona)
    })
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }))
    expect(mockSignIn).toHaveBeenCalledWith('ent')
    reLaunch.mockRestore()
  })

  it('shows why personas cannot be listed', async () => {
    mockList.mockRejectedValue(new ApiCallError({ code: 'NOT_FOUND', message: '内容不存在或已被删除' }))
    render(<DevSignInPage />)
    expect(await screen.findByText('内容不存在或已被删除')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })

  it('does not offer personas when talking to WeChat cloud', async () => {
    mockIsDev.mockReturnValue(false)
    render(<DevSignInPage />)
    expect(screen.getByText('当前连接的是微信云开发环境，开发登录不可用。')).toBeTruthy()
    expect(mockList).not.toHaveBeenCalled()
  })
})
