/**
 * The closed loop: 咨询, 投诉 and 服务申请 are one case model
 * (交办 → 限时办结 → 督办 → 回访评价). Instants are ISO strings in UTC.
 */
import type { Role } from './entities'
import type { ServiceMode } from './services'

export type CaseType = 'consult' | 'complaint' | 'service'
export const CASE_TYPES: CaseType[] = ['consult', 'complaint', 'service']
export const CASE_TYPE_LABELS: Record<CaseType, string> = { consult: '咨询', complaint: '投诉', service: '服务申请' }
/** prefix of the human-readable number, e.g. ZX20261122-0007 */
export const CASE_NUMBER_PREFIX: Record<CaseType, string> = { consult: 'ZX', complaint: 'TS', service: 'SQ' }

/** categories the submit forms offer; service applications use the service's own name */
export const CASE_CATEGORIES: Record<'consult' | 'complaint', string[]> = {
  consult: ['政策咨询', '办事指南', '融资信贷', '用工人才', '知识产权', '项目建设', '其他'],
  complaint: ['办事效率', '服务态度', '政策落实', '乱收费', '企业管家', '其他']
}

/** the complaint category that is always about the enterprise's own steward */
export const STEWARD_COMPLAINT_CATEGORY = '企业管家'

/**
 * Whether a submitted case is about the enterprise's own steward: a complaint in the
 * 企业管家 category always is, whatever the switch says; other complaints when the
 * switch is on; consultations never (the schema refuses the switch on them).
 */
export const isAboutSteward = (c: { type: string; category: string; aboutSteward?: boolean }): boolean =>
  c.type === 'complaint' && (c.category === STEWARD_COMPLAINT_CATEGORY || c.aboutSteward === true)

/**
 * submitted: waiting for someone to take it (no assignee could be found);
 * assigned: 交办, waiting for the assignee's first response;
 * in_progress: being handled; resolved: 办结, waiting for the rating;
 * rated: a 差评 is being reviewed by a manager; rectifying: sent back for 整改;
 * closed: done; withdrawn: taken back by the enterprise before it was handled.
 */
export type CaseStatus = 'submitted' | 'assigned' | 'in_progress' | 'resolved' | 'rated' | 'rectifying' | 'closed' | 'withdrawn'

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '待分派',
  assigned: '待受理',
  in_progress: '办理中',
  resolved: '待评价',
  rated: '差评复核中',
  rectifying: '整改中',
  closed: '已完结',
  withdrawn: '已撤回'
}

/** statuses in which a deadline clock runs */
export const OPEN_CASE_STATUSES: CaseStatus[] = ['submitted', 'assigned', 'in_progress', 'rectifying']

/** the filters of 我的办件 */
export type MyCaseFilter = 'all' | 'active' | 'toRate' | 'done'
export const MY_CASE_FILTER_STATUSES: Record<Exclude<MyCaseFilter, 'all'>, CaseStatus[]> = {
  // a 差评 under review is still being worked on, as far as the enterprise is concerned
  active: ['submitted', 'assigned', 'in_progress', 'rated', 'rectifying'],
  toRate: ['resolved'],
  done: ['closed', 'withdrawn']
}

/** the five national 好差评 levels, best first */
export const RATING_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const
export type RatingLevel = (typeof RATING_LEVELS)[number]
/** 不满意 and 非常不满意 are 差评 and open a review */
export const isBadRating = (level: RatingLevel): boolean => level === '不满意' || level === '非常不满意'
export const RATING_TAGS = {
  good: ['响应及时', '解答专业', '态度热情', '办理高效', '一次办好'],
  bad: ['响应太慢', '答非所问', '推诿扯皮', '问题未解决', '态度不好']
} as const

export const MAX_CASE_ATTACHMENTS = 9

export interface Attachment {
  /** cloud://… fileID (the local host answers the same shape) */
  fileID: string
  name: string
  /** bytes */
  size: number
  kind: 'image' | 'file'
}

export type DeadlineKind = 'response' | 'resolve' | 'rectify'
export const DEADLINE_LABELS: Record<DeadlineKind, string> = { response: '首次响应', resolve: '办结', rectify: '整改' }

/** the deadline currently running, if any */
export interface CaseDeadline {
  kind: DeadlineKind
  dueAt: string
  overdue: boolean
}

/** 0: on time; 1: overdue, the assignee is pressed; 2: the park manager; 3: the city admin */
export type EscalationLevel = 0 | 1 | 2 | 3
export const ESCALATION_LABELS: Record<EscalationLevel, string> = {
  0: '',
  1: '已超期',
  2: '已督办至园区',
  3: '已督办至市级'
}

export type CaseEventAction =
  | 'submit'
  | 'assign'
  | 'accept'
  | 'reply'
  | 'request_info'
  | 'supplement'
  | 'transfer'
  | 'resolve'
  | 'withdraw'
  | 'rate'
  | 'press'
  | 'escalate'
  | 'review_reject'
  | 'review_rectify'
  | 'revisit'
  | 'close'
  | 'remind_rate'

export const CASE_EVENT_LABELS: Record<CaseEventAction, string> = {
  submit: '提交',
  assign: '交办',
  accept: '受理',
  reply: '答复',
  request_info: '请补充材料',
  supplement: '补充说明',
  transfer: '转办',
  resolve: '办结',
  withdraw: '撤回',
  rate: '评价',
  press: '督办',
  escalate: '超期督办',
  review_reject: '差评复核：不予整改',
  review_rectify: '差评复核：责令整改',
  revisit: '整改回访',
  close: '归档',
  remind_rate: '提醒评价'
}

/** who may read an event: everyone who sees the case, staff only, or managers only */
export type EventVisibility = 'all' | 'staff' | 'managers'

export interface CaseEvent {
  at: string
  action: CaseEventAction
  /** '系统' for the sweep; masked for a complainant when the reader is not a manager */
  actorName: string
  actorRole: Role | 'system'
  note: string
  attachments: Attachment[]
  visibility: EventVisibility
}

export interface CaseRating {
  level: RatingLevel
  tags: string[]
  comment: string
  at: string
}

export interface CaseReview {
  state: 'pending' | 'rectify' | 'rejected'
  /** the manager's finding (rectify) or reason (reject); shown to the enterprise */
  note: string
  at: string | null
  rectifyDueAt: string | null
}

export interface CaseSummary {
  _id: string
  number: string
  type: CaseType
  category: string
  /** the first line of the text, shortened */
  title: string
  status: CaseStatus
  /** for an individual 咨询 by a 待认证 user: INDIVIDUAL_CONSULT_LABEL */
  enterpriseName: string
  /** null: handled at city level (an individual consult with no park to go to) */
  parkId: string | null
  assigneeName: string | null
  createdAt: string
  updatedAt: string
  deadline: CaseDeadline | null
  escalationLevel: EscalationLevel
  /** how many times a manager pressed it (督办) */
  pressCount: number
  /** the handler asked the enterprise for more information */
  awaitingInfo: boolean
  rating: RatingLevel | null
  /** the state a write was based on; a stale one answers CONFLICT */
  version: number
}

/** what the caller may do to a case right now; the server decides, the UI shows buttons */
export type CaseAction =
  | 'accept'
  | 'reply'
  | 'requestInfo'
  | 'supplement'
  | 'transfer'
  | 'resolve'
  | 'withdraw'
  | 'rate'
  | 'assign'
  | 'press'
  | 'reviewReject'
  | 'reviewRectify'
  | 'revisit'

export interface CaseDetail extends CaseSummary {
  text: string
  attachments: Attachment[]
  /** masked ('投诉人信息仅管理人员可见') for a complaint when the reader is not a manager */
  submitterName: string
  submitterPhone: string
  /** a complaint about a steward; the steward's name is shown to managers only */
  aboutSteward: boolean
  aboutStewardName: string | null
  responseDueAt: string | null
  resolveDueAt: string | null
  firstResponseAt: string | null
  resolvedAt: string | null
  /** a deadline was counted on plain weekdays because the year has no official calendar (managers see a warning) */
  calendarEstimated: boolean
  ratingDetail: CaseRating | null
  review: CaseReview | null
  events: CaseEvent[]
  allowed: CaseAction[]
  /** a 服务申请: the service, the mode chosen and the materials as checked against its list (absent/null otherwise) */
  service?: CaseServiceInfo | null
  /** a consultation asked from a 潭商讲堂 lecture (向讲师提问): the lecture it came from (absent/null otherwise) */
  lecture?: { id: string; title: string } | null
}

/** what a 服务申请 case keeps of its application; material names are copied so later catalogue edits do not rewrite history */
export interface CaseServiceInfo {
  serviceId: string
  serviceName: string
  mode: ServiceMode
  materials: Array<{ key: string; name: string; files: Attachment[] }>
}

/** someone a case can be assigned or transferred to */
export interface Assignee {
  _id: string
  name: string
  role: Role
  /** open cases they hold */
  load: number
  /** the enterprise's own steward */
  isEnterpriseSteward: boolean
}

/** a steward's public record, computed from real cases */
export interface StewardRecord {
  stewardId: string
  name: string
  parkName: string
  /** cases this steward resolved */
  resolvedCount: number
  /** median minutes from submission to this steward's first response; null without data */
  medianFirstResponseMinutes: number | null
  /** share (0–1) of resolved cases resolved by the deadline */
  onTimeRate: number | null
  /** share (0–1) of ratings that are 非常满意/满意/基本满意 */
  satisfaction: number | null
  ratedCount: number
}

/** a rectified 差评 on the public board, anonymised */
export interface RectifiedStory {
  _id: string
  type: CaseType
  category: string
  /** what went wrong, as the reviewing manager wrote it for publication */
  problem: string
  /** what was done, as recorded at the 回访 */
  action: string
  firstRating: RatingLevel
  newRating: RatingLevel | null
  rectifiedAt: string
}

/** working days per case type */
export interface DeadlineSettings {
  consult: { response: number; resolve: number }
  complaint: { response: number; resolve: number }
  service: { response: number; resolve: number }
  /** working days allowed for 整改 after a verified 差评 */
  rectify: number
  /** working days after a missed deadline before escalating to the park manager, then the city admin */
  escalateToManagerAfter: number
  escalateToAdminAfter: number
}

export const DEFAULT_DEADLINES: DeadlineSettings = {
  consult: { response: 1, resolve: 5 },
  complaint: { response: 1, resolve: 10 },
  service: { response: 1, resolve: 5 },
  rectify: 5,
  escalateToManagerAfter: 1,
  escalateToAdminAfter: 3
}

/** where a year's working days come from */
export type CalendarSource = 'library' | 'override' | 'weekdays'

export interface CalendarYear {
  year: number
  source: CalendarSource
  /** 'YYYY-MM-DD' days off that would otherwise be weekdays (override years only) */
  holidays: string[]
  /** 'YYYY-MM-DD' weekend days that are working days (调休; override years only) */
  workdays: string[]
  updatedByName: string | null
  updatedAt: string | null
}

/** what stands in for the enterprise on a consult filed by a 待认证 user as an individual */
export const INDIVIDUAL_CONSULT_LABEL = '个人咨询（待认证）'
