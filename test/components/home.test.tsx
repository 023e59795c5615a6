import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ApiCallError } from '../../src/services/errors'
import { call } from '../../src/services'
import HomePage from '../../src/pages/index/index'
import { feed, meAs } from './fixtures'

// Only the client seam is replaced; everything below it (transport, server) is out of scope here.
jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

function answer(handlers: Record<string, () => Promise<unknown>>) {
  mockCall.mockImplementation(((action: string) => {
    const h = handlers[action]
    return h ? h() : Promise.reject(new ApiCallError({ code: 'UNKNOWN_ACTION', message: '不支持的操作' }))
  }) as typeof call)
}

const calls = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).length

beforeEach(() => {
  mockCall.mockReset()
})

describe('home page', () => {
  it('shows the six function tiles, the three channels and the feed', async () => {
    answer({
      'session.me': () => Promise.resolve(meAs('entrepreneur')),
      'home.feed': () => Promise.resolve(feed)
    })
    render(<HomePage />)

    for (const title of ['惠企服务', '管家团队', '涉企政策', '企业商圈', '潭商讲堂']) {
      expect(screen.getByText(title)).toBeTruthy()
    }
    // 营商动态 is both a tile and the news section title
    expect(document.querySelector('#tile-news')?.textContent).toContain('营商动态')
    for (const channel of ['咨询', '评价', '投诉']) {
      expect(screen.getByText(channel)).toBeTruthy()
    }

    expect(await screen.findByText('关于汛期安全生产的紧急通知')).toBeTruthy()
    expect(screen.getByText('紧急')).toBeTruthy()
    expect(screen.getByText('第二季度企业接待日安排')).toBeTruthy()
    expect(screen.getByText('高新区举办政企早餐会')).toBeTruthy()
    // the header names the enterprise the user acts for
    expect(await screen.findByText('湘潭恒远机电有限公司')).toBeTruthy()
    expect(calls('home.feed')).toBe(1)
  })

  it('says so when there is nothing to show', async () => {
    answer({
      'session.me': () => Promise.resolve(meAs('guest')),
      'home.feed': () => Promise.resolve({ urgentNotices: [], notices: [], news: [] })
    })
    render(<HomePage />)
    expect(await screen.findByText('暂无通知')).toBeTruthy()
    expect(screen.getByText('暂无动态')).toBeTruthy()
  })

  it('shows the error message and 重试 when the feed fails, and retries on tap', async () => {
    let feedAttempts = 0
    answer({
      'session.me': () => Promise.resolve(meAs('guest')),
      'home.feed': () => {
        feedAttempts += 1
        return feedAttempts === 1
          ? Promise.reject(new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' }))
          : Promise.resolve(feed)
      }
    })
    render(<HomePage />)

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    const retry = screen.getByText('重试')
    await act(async () => {
      fireEvent.click(retry)
    })

    await waitFor(() => expect(calls('home.feed')).toBe(2))
    expect(await screen.findByText('高新区举办政企早餐会')).toBeTruthy()
    expect(screen.queryByText('网络连接失败，请检查网络后重试')).toBeNull()
  })
})
