import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, Page, PolicySummary } from '../../types'
import { call } from '../../src/services'
import PolicyPage from '../../src/pages/policy/index'
import { meAs, park } from './fixtures'
import { pageOf, policySummary } from './policyFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

const HIT = policySummary('p1', {
  title: '关于支持中小企业续贷的若干措施',
  highlight: {
    title: [
      { text: '关于支持中小企业', hit: false },
      { text: '续贷', hit: true },
      { text: '的若干措施', hit: false }
    ],
    snippet: [
      { text: '…对到期', hit: false },
      { text: '续贷', hit: true },
      { text: '<b>不</b>抽贷…', hit: false }
    ]
  }
})
const EXPIRING = policySummary('p2', { status: 'expiring', window: { state: 'none', daysLeft: null } })
const EXPIRED = policySummary('p3', { status: 'expired', window: { state: 'closed', daysLeft: null } })

let searchAnswer: (payload: Record<string, unknown>) => Page<PolicySummary>
let me = meAs('entrepreneur')

function answer() {
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return me as never
    if (action === 'park.list') return [park] as never
    if (action === 'policy.search') return searchAnswer(payload as Record<string, unknown>) as never
    if (action === 'notification.unreadCount') return { count: 0 } as never
    throw new Error(`unexpected ${action}`)
  })
}

const searches = () => mockCall.mock.calls.filter(([a]) => a === 'policy.search').map(([, p]) => p as Record<string, unknown>)
const lastSearch = () => searches()[searches().length - 1]

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

async function typeQuery(value: string) {
  const input = await el('#policy-search input')
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  me = meAs('entrepreneur')
  searchAnswer = () => pageOf([HIT, EXPIRING, EXPIRED])
  answer()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('政策 tab: search', () => {
  it('lists the newest policies first, with status and window tags', async () => {
    render(<PolicyPage />)
    const row = await el('#policy-result-p1')
    expect(searches()[0]).toEqual({ sort: 'date', page: 1, pageSize: 10 })
    expect(row.textContent).toContain('申报中 · 剩12天')
    expect((await el('#policy-result-p2')).textContent).toContain('即将到期')
    expect((await el('#policy-result-p3')).textContent).toContain('已失效')
    expect(screen.getByText('共 3 条')).toBeTruthy()
  })

  it('sends the typed query once typing pauses, and marks the hits as spans, never as HTML', async () => {
    render(<PolicyPage />)
    await el('#policy-result-p1')
    await typeQuery('续')
    await typeQuery('续贷')
    await waitFor(() => expect(lastSearch()).toEqual({ q: '续贷', sort: 'relevance', page: 1, pageSize: 10 }))
    // the pause swallowed the intermediate keystroke
    expect(searches().filter((p) => p.q === '续')).toHaveLength(0)

    const row = await el('#policy-result-p1')
    const hits = Array.from(row.querySelectorAll('.hl--hit')).map((h) => h.textContent)
    expect(hits).toEqual(['续贷', '续贷'])
    expect(row.textContent).toContain('关于支持中小企业续贷的若干措施')
    // markup in the text stays text
    expect(row.textContent).toContain('<b>不</b>抽贷')
    expect(row.querySelector('b')).toBeNull()

    await tap('#policy-sort-date')
    await waitFor(() => expect(lastSearch()).toEqual({ q: '续贷', sort: 'date', page: 1, pageSize: 10 }))
  })

  it('keeps submitted queries as recent searches to reuse or clear', async () => {
    const first = render(<PolicyPage />)
    await el('#policy-result-p1')
    await typeQuery('  专精特新 ')
    await tap('#policy-search-submit')
    await waitFor(() => expect(lastSearch()).toMatchObject({ q: '专精特新' }))
    first.unmount()

    render(<PolicyPage />)
    const chip = await el('#policy-recent-0')
    expect(chip.textContent).toBe('专精特新')
    const before = searches().length
    await tap('#policy-recent-0')
    await waitFor(() => expect(searches().length).toBeGreaterThan(before))
    expect(lastSearch()).toMatchObject({ q: '专精特新', sort: 'relevance' })
    // the box shows the query, so the recent list steps aside
    expect(document.querySelector('#policy-recent')).toBeNull()

    await tap('#policy-search-clear')
    await tap('#policy-recent-clear')
    expect(document.querySelector('#policy-recent')).toBeNull()
    expect(Taro.getStorageSync('qsj.policy.recentSearches')).toBeFalsy()
  })

  it('sends every chosen filter and shows how many apply', async () => {
    render(<PolicyPage />)
    await el('#policy-result-p1')
    await tap('#policy-filter-open')
    await tap('#filter-category-财税')
    await tap('#filter-category-人才')
    await tap('#filter-level-省')
    await tap('#filter-industry-智能制造')
    await tap('#filter-scale-小型')
    await tap('#filter-benefit-资金奖补')
    await tap(`#filter-park-${park._id}`)
    await tap('#filter-flag-exemptOnly')
    await tap('#filter-flag-includeExpired')
    await tap('#filter-apply .at-button')

    await waitFor(() =>
      expect(lastSearch()).toEqual({
        sort: 'date',
        page: 1,
        pageSize: 10,
        categories: ['财税', '人才'],
        levels: ['省'],
        industries: ['智能制造'],
        scales: ['小型'],
        parkIds: [park._id],
        benefitTypes: ['资金奖补'],
        exemptOnly: true,
        includeExpired: true
      })
    )
    expect(document.querySelector('#policy-filter-sheet')).toBeNull()
    expect((await el('#policy-filter-open')).textContent).toBe('筛选(9)')

    // 重置 inside the sheet, then 确定: back to no filters
    await tap('#policy-filter-open')
    await tap('#filter-reset .at-button')
    await tap('#filter-apply .at-button')
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'date', page: 1, pageSize: 10 }))
  })

  it('offers popular categories, 清除筛选 and expired policies when nothing matches', async () => {
    searchAnswer = (p) => (p.categories ? pageOf([HIT]) : pageOf([]))
    render(<PolicyPage />)
    await typeQuery('无此政策')
    await tap('#policy-search-submit')
    const empty = await el('#policy-empty')
    expect(empty.textContent).toContain('没有找到与“无此政策”相关的政策')
    expect(document.querySelector('#policy-clear-filters')).toBeNull()

    await tap('#policy-include-expired .at-button')
    await waitFor(() => expect(lastSearch()).toMatchObject({ q: '无此政策', includeExpired: true }))
    // a filter is on now: 清除筛选 is offered and drops it, keeping the query
    await tap('#policy-clear-filters .at-button')
    await waitFor(() => expect(lastSearch()).toEqual({ q: '无此政策', sort: 'relevance', page: 1, pageSize: 10 }))

    await tap('#policy-suggest-金融')
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'date', page: 1, pageSize: 10, categories: ['金融'] }))
    await el('#policy-result-p1')
    expect((document.querySelector('#policy-search input') as HTMLInputElement).value).toBe('')
  })

  it('免申即享 narrows the list; 为我推荐 opens the list for a bound entrepreneur and asks a guest to bind', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const first = render(<PolicyPage />)
    await el('#policy-result-p1')
    await tap('#policy-entry-exempt')
    await waitFor(() => expect(lastSearch()).toMatchObject({ exemptOnly: true }))
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('session.me', {}))
    await tap('#policy-entry-recommend')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/policy/recommend/index' })
    first.unmount()

    me = meAs('guest')
    navigate.mockClear()
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<PolicyPage />)
    await el('#policy-result-p1')
    await waitFor(() => expect(mockCall.mock.calls.filter(([a]) => a === 'session.me').length).toBe(2))
    // wait until `me` is in: the entry reads it
    await act(async () => {
      await Promise.resolve()
    })
    await tap('#policy-entry-recommend')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/account/bind/index' }))
    expect(modal.mock.calls[0][0]?.content).toContain('认证为企业成员后')
  })
})
