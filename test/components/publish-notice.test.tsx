import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import PublishNoticesPage from '../../src/packages/publish/notices/index'
import PublishNoticeEditPage from '../../src/packages/publish/notice-edit/index'
import { meAs, NOW } from './fixtures'
import { managedNotice, page, parks } from './publish-fixtures'

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
    if (action === 'park.list') return parks
    if (action === 'notice.previewAudience') return { enterprises: 2, users: 3 }
    if (action === 'notice.enterprises') return page([{ _id: 'ent-1', name: '湘潭恒远机电有限公司', industry: '智能制造', parkId: 'park-hi' }])
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
const preview = () => document.querySelector('#notice-preview')?.textContent ?? ''
const lastAudience = () => (sent('notice.previewAudience').at(-1) as { audience: unknown } | undefined)?.audience

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('通知发布 — compose', () => {
  it('a park manager composes for their own park only, with the live recipient count', async () => {
    serve()
    render(<PublishNoticeEditPage />)
    await find('#audience-kind-parks')
    expect(document.querySelector('#audience-kind-city')).toBeNull()
    expect(screen.getByText('园区管理员只能向“湘潭高新区”的企业发送通知')).toBeTruthy()
    await waitFor(() => expect(preview()).toBe('将送达 2 家企业、3 位用户'))
    expect(lastAudience()).toEqual({ kind: 'parks', parkIds: ['park-hi'], industries: [], enterpriseIds: [] })

    // an industry inside the park: counted again with the park kept
    await tap('#audience-kind-industries')
    expect(preview()).toBe('选择通知对象后显示送达范围')
    await tap('#audience-industries-新材料')
    await waitFor(() => expect(lastAudience()).toEqual({ kind: 'industries', parkIds: ['park-hi'], industries: ['新材料'], enterpriseIds: [] }))
    expect(document.querySelector('#audience-parks')).toBeNull()
  })

  it('picks named enterprises from a search of the park’s enterprises', async () => {
    serve()
    render(<PublishNoticeEditPage />)
    await tap('#audience-kind-enterprises')
    await type('#enterprise-search input', '恒远')
    await tap('#enterprise-search-go')
    await waitFor(() => expect(sent('notice.enterprises').at(-1)).toEqual({ q: '恒远', page: 1, pageSize: 20 }))
    await tap('#enterprise-option-ent-1')
    expect(await find('#enterprise-remove-ent-1')).toBeTruthy()
    await waitFor(() => expect(lastAudience()).toEqual({ kind: 'enterprises', parkIds: [], industries: [], enterpriseIds: ['ent-1'] }))
    await waitFor(() => expect(preview()).toBe('将送达 2 家企业、3 位用户'))
  })

  it('the admin starts at the whole city and may choose parks', async () => {
    serve({}, meAs('admin'))
    render(<PublishNoticeEditPage />)
    await find('#audience-kind-city')
    await waitFor(() => expect(lastAudience()).toEqual({ kind: 'city', parkIds: [], industries: [], enterpriseIds: [] }))
    await tap('#audience-kind-parks')
    await tap('#audience-parks-park-jk')
    await waitFor(() => expect(lastAudience()).toEqual({ kind: 'parks', parkIds: ['park-jk'], industries: [], enterpriseIds: [] }))
  })

  it('publishes after saving the draft and confirming the reach, then shows 送达 / 已读', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    serve({
      'notice.save': (p) => managedNotice({ title: (p as { title: string }).title, urgent: true }),
      'notice.publish': () => managedNotice({ status: 'published', urgent: true, publishedAt: NOW, stats: { delivered: 3, read: 0, done: true } })
    })
    render(<PublishNoticeEditPage />)
    await type('#notice-title input', '关于开展安全生产检查的通知')
    await type('#notice-body textarea', '请各企业于本周五前完成自查。')
    const sw = await find('#notice-urgent input')
    await act(async () => {
      fireEvent.click(sw)
    })
    await waitFor(() => expect(preview()).toBe('将送达 2 家企业、3 位用户'))
    await tap('#notice-publish')
    await waitFor(() => expect(sent('notice.publish')).toEqual([{ id: 'nc-1' }]))
    expect(sent('notice.save')).toEqual([
      { title: '关于开展安全生产检查的通知', body: '请各企业于本周五前完成自查。', urgent: true, audience: { kind: 'parks', parkIds: ['park-hi'], industries: [], enterpriseIds: [] } }
    ])
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '发布通知', content: expect.stringContaining('将送达 2 家企业、3 位用户') }))
    expect((await find('#notice-stats')).textContent).toContain('3送达')
  })

  it('saves a new draft and opens it as itself', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    serve({ 'notice.save': () => managedNotice({ _id: 'nc-7' }) })
    render(<PublishNoticeEditPage />)
    await type('#notice-title input', '关于开展安全生产检查的通知')
    await type('#notice-body textarea', '请各企业于本周五前完成自查。')
    await tap('#notice-save')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/publish/notice-edit/index?id=nc-7' }))
    expect(sent('notice.save')).toHaveLength(1)
    expect(sent('notice.publish')).toHaveLength(0)
  })

  it('says why the server refused the draft, and publishes nothing', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    serve({ 'notice.save': () => { throw new ApiCallError({ code: 'PARK_SCOPE', message: '只能向本园区的企业发送通知', field: 'audience.enterpriseIds' }) } })
    render(<PublishNoticeEditPage />)
    await type('#notice-title input', '关于开展安全生产检查的通知')
    await type('#notice-body textarea', '请各企业于本周五前完成自查。')
    await tap('#notice-publish')
    expect(await screen.findAllByText('只能向本园区的企业发送通知')).not.toHaveLength(0)
    expect(sent('notice.publish')).toHaveLength(0)
  })
})

describe('通知发布 — sent list', () => {
  it('shows each sent notice with 送达 and 已读, drafts without', async () => {
    serve({
      'notice.manageList': () =>
        page([
          managedNotice({ _id: 'nc-2', status: 'published', publishedAt: NOW, stats: { delivered: 12, read: 5, done: true } }),
          managedNotice({ _id: 'nc-3', title: '草稿中的通知标题' })
        ])
    })
    render(<PublishNoticesPage />)
    expect((await find('#notice-row-nc-2-stats')).textContent).toBe('送达 12 · 已读 5')
    expect(document.querySelector('#notice-row-nc-2')?.textContent).toContain('园区：湘潭高新区')
    expect(document.querySelector('#notice-row-nc-3')?.textContent).toContain('草稿')
    expect(document.querySelector('#notice-row-nc-3-stats')).toBeNull()
  })
})
