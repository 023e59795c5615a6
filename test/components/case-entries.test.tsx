import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import MinePage from '../../src/pages/mine/index'
import RectifiedBoardPage from '../../src/packages/case/rectified/index'
import { sectionRoute } from '../../src/constants/sections'
import { meAs } from './fixtures'
import { pageOf, story } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('ways into the closed loop', () => {
  it('the home channels open the forms and the cases waiting for a rating', () => {
    expect(sectionRoute('consult')).toEqual({ url: '/packages/case/submit/index?type=consult', tab: false })
    expect(sectionRoute('complain')).toEqual({ url: '/packages/case/submit/index?type=complaint', tab: false })
    expect(sectionRoute('rate')).toEqual({ url: '/packages/case/list/index?filter=toRate', tab: false })
  })

  it('我的 offers 我的办件 to an entrepreneur and 差评整改公示 to everyone', async () => {
    mockCall.mockResolvedValue(meAs('entrepreneur'))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    const first = render(<MinePage />)
    await screen.findByText('我的办件')
    await act(async () => {
      fireEvent.click(screen.getByText('我的办件'))
    })
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/list/index' })
    expect(screen.getByText('差评整改公示')).toBeTruthy()
    first.unmount()

    mockCall.mockResolvedValue(meAs('guest'))
    render(<MinePage />)
    await screen.findByText('访客')
    expect(screen.queryByText('我的办件')).toBeNull()
    expect(screen.getByText('差评整改公示')).toBeTruthy()
  })
})

describe('差评整改公示', () => {
  it('tells each rectified 差评 as problem → action → new rating', async () => {
    mockCall.mockResolvedValue(pageOf([story(1), { ...story(2), newRating: null }]))
    render(<RectifiedBoardPage />)
    const first = await waitFor(() => {
      const el = document.querySelector('#story-st-1')
      if (!el) throw new Error('no story yet')
      return el
    })
    expect(first.textContent).toContain('窗口办理时间过长1')
    expect(first.textContent).toContain('增设窗口并推行预约办理')
    expect(first.textContent).toContain('不满意 → 满意')
    expect(document.querySelector('#story-st-2')?.textContent).toContain('不满意 → 待企业重新评价')
    expect(mockCall).toHaveBeenCalledWith('rectified.list', { page: 1, pageSize: 10 })
  })

  it('says so when there is nothing yet', async () => {
    mockCall.mockResolvedValue(pageOf([]))
    render(<RectifiedBoardPage />)
    expect(await screen.findByText('暂无整改公示')).toBeTruthy()
  })
})
