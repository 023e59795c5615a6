import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Notice, Page } from '../../types'
import { ApiCallError } from '../../src/services/errors'
import { call } from '../../src/services'
// the 通知公告 tab of the 消息 page (its own tab, 我的消息, is covered in notifications.test.tsx)
import MessagesPage from '../../src/components/NoticeListView'
import { notice } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

const page = (n: number, items: Notice[], hasMore: boolean): Page<Notice> => ({ items, total: 12, page: n, pageSize: 10, hasMore })
const first = Array.from({ length: 10 }, (_, i) => notice(`n-${i}`, `通知第${i + 1}条`, i === 0))
const second = [notice('n-10', '通知第11条'), notice('n-11', '通知第12条')]

beforeEach(() => mockCall.mockReset())

async function tap(text: string) {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

describe('messages page (通知公告)', () => {
  it('loads page by page until there is no more, marking urgent notices', async () => {
    mockCall.mockResolvedValueOnce(page(1, first, true)).mockResolvedValueOnce(page(2, second, false))
    render(<MessagesPage />)

    expect(await screen.findByText('通知第1条')).toBeTruthy()
    expect(screen.getAllByText('紧急')).toHaveLength(1)
    expect(mockCall).toHaveBeenLastCalledWith('notice.list', { page: 1, pageSize: 10 })

    await tap('加载更多')
    expect(await screen.findByText('通知第12条')).toBeTruthy()
    expect(mockCall).toHaveBeenLastCalledWith('notice.list', { page: 2, pageSize: 10 })
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.getAllByText(/^通知第\d+条$/)).toHaveLength(12)
  })

  it('keeps the loaded notices when a further page fails, and retries it', async () => {
    mockCall
      .mockResolvedValueOnce(page(1, first, true))
      .mockRejectedValueOnce(new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' }))
      .mockResolvedValueOnce(page(2, second, false))
    render(<MessagesPage />)
    await tap('加载更多')

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    expect(screen.getByText('通知第10条')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('通知第11条')).toBeTruthy()
    await waitFor(() => expect(mockCall).toHaveBeenCalledTimes(3))
    expect(mockCall.mock.calls[2]).toEqual(['notice.list', { page: 2, pageSize: 10 }])
  })

  it('says 暂无通知 when there are none', async () => {
    mockCall.mockResolvedValueOnce(page(1, [], false))
    render(<MessagesPage />)
    expect(await screen.findByText('暂无通知')).toBeTruthy()
  })

  it('shows the error of the first page with 重试', async () => {
    mockCall
      .mockRejectedValueOnce(new ApiCallError({ code: 'FORBIDDEN', message: '您没有权限进行此操作' }))
      .mockResolvedValueOnce(page(1, second, false))
    render(<MessagesPage />)
    expect(await screen.findByText('您没有权限进行此操作')).toBeTruthy()
    await tap('重试')
    expect(await screen.findByText('通知第11条')).toBeTruthy()
  })
})
