import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import StewardListPage from '../../src/packages/steward/list/index'
import { park } from './fixtures'
import { card, pageOf } from './steward-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const lists = () => mockCall.mock.calls.filter(([a]) => a === 'steward.list').map(([, p]) => p)
const last = () => lists()[lists().length - 1]
const PARK_B = { _id: 'park-jk', name: '湘潭经开区', district: '雨湖区', intro: '' }

let answer: (payload: Record<string, unknown>) => unknown
beforeEach(() => {
  mockCall.mockReset()
  answer = () => pageOf([card(), card({ _id: 'u-wang', name: '王晓敏', duties: ['保障员'], expertise: [], enterpriseCount: 0, phone: '177****0915' })], 2)
  mockCall.mockImplementation((async (action: string, payload: Record<string, unknown>) => {
    if (action === 'park.list') return [park, PARK_B]
    if (action === 'steward.list') return answer(payload)
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

async function el(selector: string): Promise<Element> {
  return waitFor(() => {
    const found = document.querySelector(selector)
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

describe('管家团队 directory', () => {
  it('shows each steward’s card: title, department, park, duties, expertise, enterprises in care, masked phone', async () => {
    render(<StewardListPage />)
    const li = await el('#steward-u-li')
    expect(li.textContent).toContain('李卫东')
    expect(li.textContent).toContain('经济发展局副局长')
    expect(li.textContent).toContain('湘潭高新区管委会 · 湘潭高新区')
    expect(Array.from(li.querySelectorAll('.st-tag')).map((t) => t.textContent)).toEqual(['信息员', '办事员'])
    expect(li.textContent).toContain('擅长：高企认定、科技金融')
    expect(li.textContent).toContain('服务企业 12 家')
    expect(li.textContent).toContain('152****1628')
    // no photo: the first character stands in
    expect(li.querySelector('.st-avatar')?.textContent).toBe('李')
    expect((await el('#steward-u-wang')).textContent).not.toContain('擅长')
    expect(screen.getByText(/共 2 位企业管家/)).toBeTruthy()
    expect(last()).toEqual({ q: '', page: 1, pageSize: 10 })
  })

  it('filters by park chip and duty chip', async () => {
    render(<StewardListPage />)
    await el('#steward-u-li')
    await tap(`#steward-park-${PARK_B._id}`)
    await waitFor(() => expect(last()).toEqual({ parkId: PARK_B._id, q: '', page: 1, pageSize: 10 }))
    await tap('#steward-duty-保障员')
    await waitFor(() => expect(last()).toEqual({ parkId: PARK_B._id, duty: '保障员', q: '', page: 1, pageSize: 10 }))
    await tap('#steward-park-all')
    await waitFor(() => expect(last()).toEqual({ duty: '保障员', q: '', page: 1, pageSize: 10 }))
  })

  it('searches by name or expertise once typing pauses, and says when nothing matches', async () => {
    answer = (p) => (p.q ? pageOf([]) : pageOf([card()]))
    render(<StewardListPage />)
    await el('#steward-u-li')
    const input = await el('#steward-search input')
    await act(async () => {
      fireEvent.input(input, { target: { value: '融资' } })
    })
    await waitFor(() => expect(last()).toEqual({ q: '融资', page: 1, pageSize: 10 }))
    expect(await screen.findByText('没有符合条件的企业管家')).toBeTruthy()
    expect(screen.getByText('换个园区、职责或关键词试试')).toBeTruthy()
  })

  it('opens the steward’s page', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<StewardListPage />)
    await tap('#steward-u-li')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/steward/detail/index?id=u-li' })
  })

  it('loads the next page at the footer', async () => {
    answer = (p) => (p.page === 1 ? { ...pageOf([card()], 2, true) } : { ...pageOf([card({ _id: 'u-chen', name: '陈国平' })], 2), page: 2 })
    render(<StewardListPage />)
    await el('#steward-u-li')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect((await el('#steward-u-chen')).textContent).toContain('陈国平')
  })
})
