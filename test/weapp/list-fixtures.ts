/**
 * A served answer for each long list: 500 rows, page by page as asked, plus the few other
 * calls the list pages make (who is signed in, the lecture, the unread count).
 */
import type { Page } from '../../types'
import { caseSummary } from '../components/caseFixtures'
import { postSummary } from '../components/circle-fixtures'
import { meAs, membershipOf, news, NOW } from '../components/fixtures'
import { policySummary } from '../components/policyFixtures'
import type { Server } from './harness'

export const ROWS = 500

export interface ListPage {
  /** route of the page (dist/weapp/<route>) */
  route: string
  /** the action that lists the rows */
  action: string
  /** the text of row n (0-based), to see that it is on screen */
  rowText: (n: number) => string
  row: (n: number) => unknown
  role: 'entrepreneur' | 'steward' | 'manager'
}

const signup = (n: number) => ({
  userId: `u-${n}`,
  enterpriseName: `湘潭示例企业${n}有限公司`,
  name: `参会人${n}`,
  phone: '139****0000',
  state: 'confirmed',
  position: null,
  checkedIn: false,
  checkedInAt: null,
  signedUpAt: NOW
})

const lecture = {
  _id: 'lec-1',
  title: '稳岗扩岗政策解读与申报实务',
  speaker: '刘芳',
  speakerTitle: '市人社局就业促进科科长',
  mode: 'offline',
  place: '市民之家三楼多功能厅',
  startsAt: '2025-03-12T06:30:00.000Z',
  endsAt: '2025-03-12T08:30:00.000Z',
  capacity: 600,
  confirmed: ROWS,
  waitlisted: 0,
  cover: null,
  phase: 'upcoming',
  mySignup: null,
  hasReplay: false,
  ratingAvg: null,
  ratingCount: 0,
  intro: ['讲解今年稳岗返还、扩岗补助的条件和申报流程。'],
  parkId: 'park-hi',
  replayUrl: null,
  slides: [],
  myRating: null,
  checkinOpen: false,
  canManage: true,
  checkinCode: null
}

export const LIST_PAGES: ListPage[] = [
  { route: 'pages/policy/index', action: 'policy.search', role: 'entrepreneur', row: (n) => policySummary(`p${n}`), rowText: (n) => `政策p${n}` },
  { route: 'pages/circle/index', action: 'post.list', role: 'entrepreneur', row: (n) => postSummary(`c${n}`), rowText: (n) => `供应信息c${n}` },
  { route: 'packages/news/list/index', action: 'news.list', role: 'entrepreneur', row: (n) => news(`w${n}`, `营商动态第${n}条`), rowText: (n) => `营商动态第${n}条` },
  { route: 'packages/case/list/index', action: 'case.mine', role: 'entrepreneur', row: (n) => caseSummary(n), rowText: (n) => `关于研发费用加计扣除的咨询${n}` },
  { route: 'packages/workbench/inbox/index', action: 'case.inbox', role: 'manager', row: (n) => caseSummary(n), rowText: (n) => `关于研发费用加计扣除的咨询${n}` },
  { route: 'packages/lecture/signups/index', action: 'lecture.signups', role: 'manager', row: signup, rowText: (n) => `参会人${n}` },
  {
    route: 'packages/account/requests/index',
    action: 'membership.queue',
    role: 'manager',
    row: (n) => membershipOf({ _id: `ms-${n}`, name: `申请人${n}号`, status: 'pending', decidedByName: null, decidedAt: null }),
    rowText: (n) => `申请人${n}号`
  }
]

export interface Served {
  /** rows served so far (the end of the furthest page of the list; tab counts of one row do not count) */
  rows: number
}

export function serverFor(list: ListPage, served: Served): Server {
  return (action, payload) => {
    if (action === list.action) {
      const page = Number(payload.page ?? 1)
      const pageSize = Number(payload.pageSize ?? 10)
      const from = (page - 1) * pageSize
      const items = Array.from({ length: Math.max(0, Math.min(pageSize, ROWS - from)) }, (_, i) => list.row(from + i))
      if (pageSize > 1) served.rows = Math.max(served.rows, from + items.length)
      return { items, total: ROWS, page, pageSize, hasMore: from + items.length < ROWS } satisfies Page<unknown>
    }
    if (action === 'session.me') return meAs(list.role)
    if (action === 'lecture.get') return lecture
    if (action === 'notification.unreadCount') return { count: 0 }
    if (action === 'steward.record') return undefined
    return undefined
  }
}
