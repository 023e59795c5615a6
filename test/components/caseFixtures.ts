/** Contract-shaped cases for component tests (typed, so a contract change breaks them at compile time). */
import type { AppNotification, CaseDetail, CaseSummary, Page, RectifiedStory } from '../../types'
import { NOW } from './fixtures'

export const caseSummary = (n: number, extra: Partial<CaseSummary> = {}): CaseSummary => ({
  _id: `case-${n}`,
  number: `ZX20250307-${String(n).padStart(4, '0')}`,
  type: 'consult',
  category: '政策咨询',
  title: `关于研发费用加计扣除的咨询${n}`,
  status: 'in_progress',
  enterpriseName: '湘潭恒远机电有限公司',
  parkId: 'park-hi',
  assigneeName: '李管家',
  createdAt: NOW,
  updatedAt: NOW,
  deadline: { kind: 'resolve', dueAt: '2025-03-09T04:30:00.000Z', overdue: false },
  escalationLevel: 0,
  pressCount: 0,
  awaitingInfo: false,
  rating: null,
  version: 3,
  ...extra
})

export const caseDetail = (extra: Partial<CaseDetail> = {}): CaseDetail => ({
  ...caseSummary(1),
  text: '我公司去年研发投入约300万元，想了解加计扣除的申报时间和材料。',
  attachments: [],
  submitterName: '周敏',
  submitterPhone: '13907320000',
  aboutSteward: false,
  aboutStewardName: null,
  responseDueAt: '2025-03-08T01:30:00.000Z',
  resolveDueAt: '2025-03-14T01:30:00.000Z',
  firstResponseAt: '2025-03-07T02:00:00.000Z',
  resolvedAt: null,
  calendarEstimated: false,
  ratingDetail: null,
  review: null,
  events: [
    { at: NOW, action: 'submit', actorName: '周敏', actorRole: 'entrepreneur', note: '', attachments: [], visibility: 'all' },
    { at: '2025-03-07T02:00:00.000Z', action: 'accept', actorName: '李管家', actorRole: 'steward', note: '已受理，正在核实', attachments: [], visibility: 'all' }
  ],
  allowed: [],
  ...extra
})

export const pageOf = <T>(items: T[], hasMore = false, n = 1): Page<T> => ({ items, total: items.length, page: n, pageSize: 10, hasMore })

export const notification = (n: number, read = false): AppNotification => ({
  _id: `nt-${n}`,
  kind: 'case',
  title: `您的咨询有新答复${n}`,
  body: '李管家答复了您的咨询 ZX20250307-0001',
  link: `/packages/case/detail/index?id=case-${n}`,
  createdAt: NOW,
  read
})

export const story = (n: number): RectifiedStory => ({
  _id: `st-${n}`,
  type: 'complaint',
  category: '办事效率',
  problem: `窗口办理时间过长${n}`,
  action: '增设窗口并推行预约办理',
  firstRating: '不满意',
  newRating: '满意',
  rectifiedAt: NOW
})
