import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import PublishNewsPage from '../../src/packages/publish/news/index'
import PublishNewsEditPage from '../../src/packages/publish/news-edit/index'
import { beijingInstant, toNewsPayload, validateNews, EMPTY_NEWS } from '../../src/packages/publish/news-edit/newsValues'
import { meAs } from './fixtures'
import { managedNews, page } from './publish-fixtures'

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
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

type Handler = (payload: unknown) => unknown
function serve(handlers: Record<string, Handler> = {}, me: Me = meAs('manager')) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return me
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

async function find(selector: string): Promise<Element> {
  return waitFor(() => {
    const el = document.querySelector(selector)
    if (!el) throw new Error(`no ${selector}`)
    return el
  })
}
async function tap(selector: string) {
  const el = await find(selector)
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}
async function type(selector: string, value: string) {
  const el = await find(selector)
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}
const messageOf = (selector: string) => document.querySelector(selector)?.closest('.form-field, .pb-group, .text-area, .pb-picker')?.textContent ?? ''

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('动态管理 — list', () => {
  it('refuses anyone but managers without asking for the list', async () => {
    serve({}, meAs('entrepreneur'))
    render(<PublishNewsPage />)
    expect(await screen.findByText('动态管理仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(sent('news.manageList')).toHaveLength(0)
  })

  it('lists items with their status and filters by status', async () => {
    serve({
      'news.manageList': (p) => {
        const { status } = p as { status?: string }
        return page(status === 'scheduled' ? [managedNews({ _id: 'nw-2', title: '定时的动态标题', status: 'scheduled', publishAt: '2025-03-10T01:00:00.000Z' })] : [managedNews()])
      }
    })
    render(<PublishNewsPage />)
    expect(await screen.findByText('高新区举办政企早餐会')).toBeTruthy()
    expect(document.querySelector('#news-row-nw-1')?.textContent).toContain('草稿')
    await tap('#news-status-scheduled')
    expect(await screen.findByText('定时的动态标题')).toBeTruthy()
    // 09:00 Beijing time
    expect(document.querySelector('#news-row-nw-2')?.textContent).toContain('定时 2025-03-10 09:00')
    expect(sent('news.manageList').at(-1)).toEqual({ status: 'scheduled', page: 1, pageSize: 10 })
  })
})

describe('动态管理 — editor', () => {
  it('shows the shared schema messages and saves nothing', async () => {
    serve()
    render(<PublishNewsEditPage />)
    await tap('#news-save')
    expect(await screen.findByText('还有内容需要修改，请按红色提示修改后再保存')).toBeTruthy()
    expect(messageOf('#news-title')).toContain('请填写标题')
    expect(messageOf('#news-category')).toContain('请选择栏目')
    expect(messageOf('#news-source')).toContain('请填写来源')
    expect(messageOf('#news-body')).toContain('请填写正文')
    expect(sent('news.save')).toHaveLength(0)
  })

  it('saves a draft with the typed body, then opens it as itself', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    serve({ 'news.save': () => managedNews({ _id: 'nw-9' }) })
    render(<PublishNewsEditPage />)
    await type('#news-title input', '高新区举办政企早餐会')
    await tap('#news-category-典型案例')
    await type('#news-source input', '湘潭高新区管委会')
    await type('#news-summary textarea', '二十家企业负责人与园区部门面对面交流。')
    await type('#news-body textarea', '<p>第一段</p><script>alert(1)</script>')
    await tap('#news-save')
    await waitFor(() =>
      expect(sent('news.save')).toEqual([
        { title: '高新区举办政企早餐会', category: '典型案例', summary: '二十家企业负责人与园区部门面对面交流。', bodyHtml: '<p>第一段</p><script>alert(1)</script>', cover: '', source: '湘潭高新区管委会', publishAt: null }
      ])
    )
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/publish/news-edit/index?id=nw-9' }))
  })

  it('publishes an existing draft after confirming, and offers 撤回 once published', async () => {
    routerParams = { id: 'nw-1' }
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    serve({ 'news.manageGet': () => managedNews(), 'news.publish': () => managedNews({ status: 'published', publishAt: '2025-03-07T01:30:00.000Z', publishedAt: '2025-03-07T01:30:00.000Z' }) })
    render(<PublishNewsEditPage />)
    expect((await find('#news-status')).textContent).toContain('草稿')
    await tap('#news-publish')
    await waitFor(() => expect(sent('news.publish')).toEqual([{ id: 'nw-1' }]))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '立即发布' }))
    await waitFor(() => expect(document.querySelector('#news-status')?.textContent).toContain('已发布'))
    expect(document.querySelector('#news-unpublish')).toBeTruthy()
    expect(document.querySelector('#news-publish')).toBeNull()
  })

  it('shows another park’s item read-only', async () => {
    routerParams = { id: 'nw-1' }
    serve({ 'news.manageGet': () => managedNews({ editable: false, status: 'published', publishAt: '2025-03-07T01:30:00.000Z' }) })
    render(<PublishNewsEditPage />)
    expect(await screen.findByText('这篇动态由其他园区或市级发布，您只能查看。')).toBeTruthy()
    expect(document.querySelector('#news-save')).toBeNull()
    expect(document.querySelector('#news-unpublish')).toBeNull()
  })
})

describe('动态管理 — schedule values', () => {
  it('turns a Beijing day and time into the UTC instant, whatever the device zone', () => {
    expect(beijingInstant('2025-03-10', '09:00')).toBe('2025-03-10T01:00:00.000Z')
    expect(beijingInstant('2025-03-10', '07:30')).toBe('2025-03-09T23:30:00.000Z')
    const v = { ...EMPTY_NEWS, schedule: true, date: '2025-03-10', time: '09:00' }
    expect(toNewsPayload(v).publishAt).toBe('2025-03-10T01:00:00.000Z')
    expect(toNewsPayload({ ...v, schedule: false }).publishAt).toBeNull()
  })

  it('asks for a day, and refuses a time already past', () => {
    const now = new Date('2025-03-07T01:30:00.000Z')
    expect(validateNews({ ...EMPTY_NEWS, schedule: true, date: '' }, now).date).toBe('请选择定时发布的日期')
    expect(validateNews({ ...EMPTY_NEWS, schedule: true, date: '2025-03-07', time: '09:00' }, now).date).toBe('定时发布时间应晚于当前时间')
    expect(validateNews({ ...EMPTY_NEWS, schedule: true, date: '2025-03-07', time: '10:00' }, now).date).toBeUndefined()
  })
})
