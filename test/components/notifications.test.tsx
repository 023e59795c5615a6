import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import MessagesPage from '../../src/pages/messages/index'
import { refreshUnreadBadge } from '../../src/hooks/useUnreadBadge'
import { notification, pageOf } from './caseFixtures'
import { notice } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const calls = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

function serve(handlers: Record<string, (payload: unknown) => Promise<unknown>>) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    const h = handlers[action]
    if (h) return h(payload)
    throw new ApiCallError({ code: 'UNKNOWN_ACTION', message: '不支持的操作' })
  }) as typeof call)
}

async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el)
  })
}
const byId = (id: string) =>
  waitFor(() => {
    const el = document.querySelector(`#${id}`)
    if (!el) throw new Error(`no #${id}`)
    return el
  })

let badge: jest.SpyInstance
let unbadge: jest.SpyInstance
beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  badge = jest.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'ok' } as never)
  unbadge = jest.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(() => jest.restoreAllMocks())

describe('notification centre', () => {
  it('lists my notifications with a dot on the unread ones', async () => {
    serve({ 'notification.list': async () => pageOf([notification(1), notification(2, true)]) })
    render(<MessagesPage />)
    const unread = await byId('notification-nt-1')
    expect(unread.querySelector('.notification-item__dot')).not.toBeNull()
    expect(document.querySelector('#notification-nt-2 .notification-item__dot')).toBeNull()
    expect(screen.getByText('您的咨询有新答复1')).toBeTruthy()
    expect(calls('notification.list')[0]).toEqual({ page: 1, pageSize: 10 })
  })

  it('marks one read when opened, opens its link and refreshes the badge', async () => {
    serve({
      'notification.list': async () => pageOf([notification(1)]),
      'notification.markRead': async () => ({ count: 1 }),
      'notification.unreadCount': async () => ({ count: 0 })
    })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<MessagesPage />)
    await tap(await byId('notification-nt-1'))

    expect(calls('notification.markRead')).toEqual([{ ids: ['nt-1'] }])
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-1' })
    expect(document.querySelector('#notification-nt-1 .notification-item__dot')).toBeNull()
    await waitFor(() => expect(unbadge).toHaveBeenCalledWith({ index: 3 }))
  })

  it('marks all read', async () => {
    serve({
      'notification.list': async () => pageOf([notification(1), notification(2)]),
      'notification.markRead': async () => ({ count: 2 }),
      'notification.unreadCount': async () => ({ count: 0 })
    })
    render(<MessagesPage />)
    await byId('notification-nt-2')
    await tap(await byId('mark-all-read'))

    expect(calls('notification.markRead')).toEqual([{ all: true }])
    await waitFor(() => expect(document.querySelectorAll('.notification-item__dot')).toHaveLength(0))
    expect(document.querySelector('#mark-all-read')).toBeNull()
  })

  it('says so when there is nothing, and explains subscriptions outside WeChat', async () => {
    serve({ 'notification.list': async () => pageOf([]) })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const subscribe = jest.spyOn(Taro, 'requestSubscribeMessage')
    render(<MessagesPage />)
    expect(await screen.findByText('暂无消息')).toBeTruthy()
    await tap(await byId('subscribe'))
    expect(modal.mock.calls[0][0]?.content).toContain('请在微信中打开')
    expect(subscribe).not.toHaveBeenCalled()
  })

  it('switches to 通知公告', async () => {
    serve({ 'notification.list': async () => pageOf([]), 'notice.list': async () => pageOf([notice('n-1', '第二季度企业接待日安排')]) })
    render(<MessagesPage />)
    await screen.findByText('暂无消息')
    await tap(await byId('messages-tab-notices'))
    expect(await screen.findByText('第二季度企业接待日安排')).toBeTruthy()
  })
})

describe('unread badge', () => {
  it('shows the count on the 消息 tab, 99+ above 99, and removes it at zero', async () => {
    serve({ 'notification.unreadCount': async () => ({ count: 5 }) })
    expect(await refreshUnreadBadge()).toBe(5)
    expect(badge).toHaveBeenLastCalledWith({ index: 3, text: '5' })

    serve({ 'notification.unreadCount': async () => ({ count: 120 }) })
    await refreshUnreadBadge()
    expect(badge).toHaveBeenLastCalledWith({ index: 3, text: '99+' })

    serve({ 'notification.unreadCount': async () => ({ count: 0 }) })
    await refreshUnreadBadge()
    expect(unbadge).toHaveBeenCalledWith({ index: 3 })
  })

  it('ignores failures quietly', async () => {
    serve({})
    await expect(refreshUnreadBadge()).resolves.toBeNull()
    badge.mockRejectedValue(new Error('not a tab page'))
    serve({ 'notification.unreadCount': async () => ({ count: 2 }) })
    await expect(refreshUnreadBadge()).resolves.toBeNull()
  })
})
