import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, PolicyCategory, PolicyDeadlineEntry } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import RecommendPage from '../../src/packages/policy/recommend/index'
import PolicyCalendarPage from '../../src/packages/policy/calendar/index'
import FollowingPage from '../../src/packages/policy/following/index'
import { almostMatch, pageOf, policyMatch } from './policyFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

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

const payloads = (action: ActionName) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

beforeEach(() => {
  mockCall.mockReset()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('为我推荐', () => {
  const eligible = policyMatch('e1', { verdict: 'eligible', conditions: [{ key: 'scales', state: 'met', message: '企业规模为小型，符合' }] })
  const almost = policyMatch('a1', almostMatch, { title: '专精特新企业奖补' })
  const exempt = policyMatch('x1', almostMatch, { exempt: true, title: '稳岗返还' })

  beforeEach(() => {
    mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
      if (action !== 'policy.recommend') throw new Error(`unexpected ${action}`)
      const p = payload as { verdict?: string; exemptOnly?: boolean }
      if (p.exemptOnly) return pageOf([exempt]) as never
      return pageOf(p.verdict === 'eligible' ? [eligible] : p.verdict === 'almost' ? [almost] : []) as never
    })
  })

  it('asks for each verdict by tab and lists what is still missing', async () => {
    render(<RecommendPage />)
    const row = await el('#policy-match-e1')
    expect(row.querySelector('.match-reasons')).toBeNull()
    expect(payloads('policy.recommend')[0]).toEqual({ verdict: 'eligible', page: 1, pageSize: 10 })

    await tap('#recommend-tab-almost')
    const almostRow = await el('#policy-match-a1')
    expect(payloads('policy.recommend').at(-1)).toEqual({ verdict: 'almost', page: 1, pageSize: 10 })
    expect(almostRow.textContent).toContain('需具备“专精特新”资质，您的企业尚未认定')
    expect(almostRow.textContent).toContain('需员工不少于 10 人，您的企业尚未填写员工人数')
    // met conditions are not repeated in the list
    expect(almostRow.textContent).not.toContain('行业为智能制造，符合')

    await tap('#recommend-tab-ineligible')
    expect(await screen.findByText('没有暂不符合的政策')).toBeTruthy()
    expect(payloads('policy.recommend').at(-1)).toEqual({ verdict: 'ineligible', page: 1, pageSize: 10 })

    await tap('#recommend-tab-exempt')
    const exemptRow = await el('#policy-match-x1')
    expect(payloads('policy.recommend').at(-1)).toEqual({ exemptOnly: true, page: 1, pageSize: 10 })
    expect(exemptRow.textContent).toContain('差一点')
    expect(exemptRow.textContent).toContain('免申即享')
  })

  it('opens on the tab a link names, and a row opens the policy', async () => {
    routerParams = { tab: 'almost' }
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<RecommendPage />)
    await tap('#policy-match-a1')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/policy/detail/index?id=a1' })
  })

  it('asks someone without an enterprise to bind one', async () => {
    mockCall.mockRejectedValue(new ApiCallError({ code: 'NOT_BOUND', message: '您尚未认证为企业成员' }))
    render(<RecommendPage />)
    expect((await el('#bind-prompt')).textContent).toContain('认证为企业成员后可查看为您推荐的政策')
    expect(document.querySelector('#go-bind')).toBeTruthy()
  })
})

describe('申报日历 and 关注的类别', () => {
  it('groups deadlines by month with the days left, once per policy', async () => {
    const entries: PolicyDeadlineEntry[] = [
      { policyId: 'p2', title: '四月截止的政策', applyUntil: '2025-04-02', daysLeft: 26, reason: 'followed' },
      { policyId: 'p1', title: '今天截止的政策', applyUntil: '2025-03-07', daysLeft: 0, reason: 'followed' },
      { policyId: 'p1', title: '今天截止的政策', applyUntil: '2025-03-07', daysLeft: 0, reason: 'favourite' },
      { policyId: 'p3', title: '三月下旬截止', applyUntil: '2025-03-31', daysLeft: 24, reason: 'followed' }
    ]
    mockCall.mockResolvedValue(entries as never)
    render(<PolicyCalendarPage />)
    const today = await el('#deadline-p1')
    expect(today.textContent).toContain('今天截止')
    expect(today.textContent).toContain('已收藏')
    expect(document.querySelectorAll('#deadline-p1')).toHaveLength(1)
    expect((await el('#deadline-p2')).textContent).toContain('剩26天')
    const titles = Array.from(document.querySelectorAll('.card__title')).map((t) => t.textContent)
    expect(titles).toEqual(['2025年3月', '2025年4月'])
    const march = document.querySelectorAll('.card')[0]
    expect(Array.from(march.querySelectorAll('.deadline-row__title')).map((t) => t.textContent)).toEqual(['今天截止的政策', '三月下旬截止'])
  })

  it('follows and unfollows categories with the server answer', async () => {
    let followed: PolicyCategory[] = ['财税']
    mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
      if (action === 'policy.following') return { categories: followed } as never
      if (action === 'policy.follow') {
        const p = payload as { category: PolicyCategory; on: boolean }
        followed = p.on ? [...followed, p.category] : followed.filter((c) => c !== p.category)
        return { categories: followed } as never
      }
      throw new Error(`unexpected ${action}`)
    })
    render(<FollowingPage />)
    expect((await el('#follow-财税')).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText('已关注 1 个类别')).toBeTruthy()
    await tap('#follow-人才')
    await waitFor(() => expect(document.querySelector('#follow-人才')?.getAttribute('aria-pressed')).toBe('true'))
    await tap('#follow-财税')
    await waitFor(() => expect(document.querySelector('#follow-财税')?.getAttribute('aria-pressed')).toBe('false'))
    expect(payloads('policy.follow')).toEqual([
      { category: '人才', on: true },
      { category: '财税', on: false }
    ])
  })
})
