import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, Page, PostSummary } from '../../types'
import { call } from '../../src/services'
import CirclePage from '../../src/pages/circle/index'
import { rememberFileUrls } from '../../src/services/fileUrls'
import { meAs } from './fixtures'
import { pageOf, postSummary } from './circle-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

const SUPPLY = postSummary('p1', { title: '供应精密轴承', excerpt: '可按图加工，月产能5万套', cover: 'cloud://local-dev.files/202503/a.jpg', imageCount: 3 })
const DEMAND = postSummary('p2', { kind: 'demand', title: '求购包装纸箱', industry: '新材料', enterpriseName: '湘潭华菱配套有限公司', parkName: '湘潭经开区' })

let me = meAs('entrepreneur')
let listAnswer: (payload: Record<string, unknown>) => Page<PostSummary>

const lists = () => mockCall.mock.calls.filter(([a]) => a === 'post.list').map(([, p]) => p as Record<string, unknown>)
const lastList = () => lists()[lists().length - 1]

async function el(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function tap(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target)
  })
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  me = meAs('entrepreneur')
  listAnswer = () => pageOf([SUPPLY, DEMAND])
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return me as never
    if (action === 'post.list') {
      // what the seam does with the answer's files: the URLs fileUrl() reads
      rememberFileUrls({ [SUPPLY.cover as string]: '/files/202503/a.jpg?e=9999999999&s=sig' })
      return listAnswer(payload as Record<string, unknown>) as never
    }
    if (action === 'notification.unreadCount') return { count: 0 } as never
    throw new Error(`unexpected ${action}`)
  })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('商圈 tab', () => {
  it('lists published posts as cards: kind, title, excerpt, cover, enterprise, park and validity', async () => {
    render(<CirclePage />)
    const card = await el('#post-p1')
    expect(lists()[0]).toEqual({ page: 1, pageSize: 10 })
    expect(card.textContent).toContain('供应')
    expect(card.textContent).toContain('供应精密轴承')
    expect(card.textContent).toContain('可按图加工，月产能5万套')
    expect(card.textContent).toContain('湘潭恒远机电有限公司 · 湘潭高新区')
    expect(card.textContent).toContain('有效期至 2025-04-06')
    expect(card.textContent).toContain('3图')
    expect(card.querySelector('taro-image-core')?.getAttribute('src')).toBe('/files/202503/a.jpg?e=9999999999&s=sig')
    const other = await el('#post-p2')
    expect(other.textContent).toContain('需求')
    expect(other.querySelector('taro-image-core')).toBeNull()
    expect(screen.getByText('共 2 条')).toBeTruthy()
  })

  it('sends the kind, the industry and the search text in the payload', async () => {
    render(<CirclePage />)
    await el('#post-p1')
    await tap('#circle-kind-demand')
    await waitFor(() => expect(lastList()).toEqual({ kind: 'demand', page: 1, pageSize: 10 }))
    await tap('#circle-industry-新材料')
    await waitFor(() => expect(lastList()).toEqual({ kind: 'demand', industry: '新材料', page: 1, pageSize: 10 }))
    const input = await el('#circle-search input')
    await act(async () => {
      fireEvent.input(input, { target: { value: ' 纸箱 ' } })
    })
    await tap('#circle-search-submit')
    await waitFor(() => expect(lastList()).toEqual({ kind: 'demand', industry: '新材料', q: '纸箱', page: 1, pageSize: 10 }))

    // tapping the chosen industry again, or 全部, drops it
    await tap('#circle-industry-新材料')
    await waitFor(() => expect(lastList()).toEqual({ kind: 'demand', q: '纸箱', page: 1, pageSize: 10 }))
    await tap('#circle-kind-all')
    await waitFor(() => expect(lastList()).toEqual({ q: '纸箱', page: 1, pageSize: 10 }))
  })

  it('offers to clear the search and filters when nothing matches', async () => {
    render(<CirclePage />)
    await el('#post-p1')
    listAnswer = (p) => (p.kind ? pageOf([]) : pageOf([SUPPLY, DEMAND]))
    await tap('#circle-kind-cooperation')
    expect(await screen.findByText('没有符合条件的供需信息')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByText('清除搜索和筛选'))
    })
    await waitFor(() => expect(lastList()).toEqual({ page: 1, pageSize: 10 }))
    expect(await el('#post-p1')).toBeTruthy()
  })

  it('opens a post on tap', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<CirclePage />)
    await tap('#post-p2 .post-card__main')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/circle/detail/index?id=p2' })
  })

  it('sends a bound entrepreneur to the form from 发布', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<CirclePage />)
    await el('#circle-mine')
    await tap('#post-compose')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/circle/edit/index' })
    expect(document.querySelector('#bind-prompt')).toBeNull()
  })

  it('asks a guest to bind an enterprise before posting, and staff are told it is for enterprises', async () => {
    me = meAs('guest')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const view = render(<CirclePage />)
    await el('#post-p1')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('session.me', {}))
    // let the account's answer land (a guest has no link on the bar to wait for)
    await act(async () => undefined)
    await tap('#post-compose')
    expect(await screen.findByText('认证为企业成员后即可发布供需信息')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()
    await act(async () => {
      fireEvent.click(screen.getByText('去企业认证'))
    })
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/account/bind/index' })
    view.unmount()

    me = meAs('manager')
    render(<CirclePage />)
    await el('#circle-moderation')
    await tap('#post-compose')
    expect(await screen.findByText('工作人员账号不能发布供需信息')).toBeTruthy()
    expect(document.querySelector('#go-bind')).toBeNull()
  })
})
