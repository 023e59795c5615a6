/**
 * Stored document shapes (server side). They differ from the client entities in
 * `types/` where the server keeps things the client must not see (openid, audience
 * internals). Instants are ISO strings in UTC.
 */
import type {
  Attachment,
  CaseRating,
  CaseServiceInfo,
  CaseStatus,
  CaseType,
  DeadlineKind,
  EnterpriseScale,
  EscalationLevel,
  EventVisibility,
  CaseEventAction,
  BenefitType,
  EligibilityCriteria,
  EnterpriseTag,
  PolicyCategory,
  PolicyEditStatus,
  PolicyLevel,
  RevenueBandKey,
  InviteRole,
  NewsCategory,
  NewsStatus,
  NoticeAudienceKind,
  NotificationKind,
  RatingLevel,
  Role,
  SubscribeTemplateKey
} from '../../../../types'

export const COLLECTIONS = {
  users: 'users',
  /** 企业认证: _id = `${enterpriseId}_${userId}`, the truth of who acts for an enterprise (domain/membership) */
  memberships: 'memberships',
  /** one-time codes an enterprise's 企业管理员 hands to colleagues: _id = the code */
  memberInvites: 'memberInvites',
  /** _id = enterpriseId: approved and admin counts, so first-admin and last-admin rules hold in a transaction */
  memberRosters: 'memberRosters',
  parks: 'parks',
  enterprises: 'enterprises',
  invites: 'invites',
  news: 'news',
  notices: 'notices',
  requests: 'requests',
  audit: 'audit',
  cases: 'cases',
  /** per-type, per-day sequence behind case numbers: _id 'ZX20261122' */
  counters: 'counters',
  notifications: 'notifications',
  /** per-user one-time subscribe-message credits: _id = user id */
  subscriptions: 'subscriptions',
  /** the local subscribe-message port writes here instead of calling WeChat */
  outbox: 'outbox',
  /** _id 'deadlines' holds DeadlineSettings */
  settings: 'settings',
  /** manager-entered official holiday arrangements: _id = the year, e.g. '2027' */
  calendars: 'calendars',
  policies: 'policies',
  /** _id = `${userId}_${policyId}` */
  favourites: 'favourites',
  /** _id = user id: the policy categories a user follows */
  follows: 'follows',
  /** an append-only record of enterprise profile edits */
  profileChanges: 'profileChanges',
  /** _id = `${enterpriseId}_${policyId}`: the last verdict told to the enterprise, so it is told once */
  matchStates: 'matchStates',
  /** _id = `${userId}_${policyId}_${daysBefore}`: application-window reminders already sent */
  policyReminders: 'policyReminders',
  services: 'services',
  slots: 'slots',
  /** _id = `${slotId}_${enterpriseId}` */
  bookings: 'bookings',
  /** fixed-window write counters per class and account or IP (cloudfunctions/api/src/limits) */
  rateLimits: 'rateLimits',
  /** the transactional outbox: side effects written with the change, delivered after it (domain/effects) */
  effects: 'effects'
} as const

export interface UserDoc {
  /** derived from the openid (see userIdFor) so transactions can address it */
  _id: string
  openid: string
  role: Role
  name: string
  phone: string
  parkId: string | null
  enterpriseId: string | null
  /** the caller's latest 企业认证 request (any status); absent until they first apply */
  membershipId?: string | null
  createdAt: string
  updatedAt: string
}

export interface ParkDoc {
  _id: string
  name: string
  district: string
  intro: string
}

export interface EnterpriseDoc {
  _id: string
  name: string
  creditCode: string
  parkId: string
  industry: string
  scale: EnterpriseScale
  foundedOn: string
  stewardId: string | null
  /** 一企一档 facts for matching (absent on enterprises that never filled them in) */
  employees?: number | null
  revenueBand?: RevenueBandKey | null
  tags?: EnterpriseTag[]
  profileUpdatedAt?: string | null
  profileUpdatedByName?: string | null
}

export interface InviteDoc {
  /** the code itself */
  _id: string
  role: InviteRole
  parkId: string | null
  note: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy: string | null
  usedByName: string | null
  usedAt: string | null
  revokedAt: string | null
}

export interface NewsDoc {
  _id: string
  title: string
  category: NewsCategory
  summary: string
  body: string[]
  cover: string
  source: string
  publishedAt: string
  readCount: number
  /** 'scheduled' is public once publishedAt has passed (the sweep then flips it to 'published') */
  status: NewsStatus
  /** sanitised rich text (absent on older items, which have only `body`) */
  bodyHtml?: string | null
  authorId?: string | null
  authorName?: string | null
  /** the author's park; null = the city centre */
  authorParkId?: string | null
  createdAt?: string
  updatedAt?: string
}

export interface NoticeDoc {
  _id: string
  title: string
  body: string
  audience: NoticeAudienceKind
  /** 'parks': the parks; 'industries': the parks it is narrowed to ([] = every park) */
  parkIds: string[]
  /** 'industries' only */
  industries?: string[]
  /** 'industries' only: `${parkId}:${industry}` or `*:${industry}`, one array a reader's keys are matched against */
  industryKeys?: string[]
  /** 'enterprises' only */
  enterpriseIds?: string[]
  urgent: boolean
  /** '' while a draft */
  publishedAt: string
  publisherName: string
  status: 'draft' | 'published'
  /** the sending manager's park; null = the city admin (absent on older notices) */
  ownerParkId?: string | null
  createdById?: string | null
  createdByName?: string | null
  createdAt?: string
  updatedAt?: string
  /** per-notice delivery progress, so a delivery cut short resumes where it stopped */
  delivery?: NoticeDeliveryDoc | null
}

export interface NoticeDeliveryDoc {
  state: 'delivering' | 'done'
  /** the last enterprise _id whose users were notified (enterprises go in _id order) */
  cursor: string
  startedAt: string
  finishedAt: string | null
}

/** an append-only record of account changes (who, what, when) */
export interface AuditDoc {
  _id?: string
  actorId: string
  action: string
  target: string
  detail: Record<string, unknown>
  at: string
}

export interface CaseEventDoc {
  at: string
  action: CaseEventAction
  actorId: string | null
  actorName: string
  actorRole: Role | 'system'
  note: string
  attachments: Attachment[]
  visibility: EventVisibility
}

/**
 * One document per case. Events live inside it, so a transition and its history entry
 * are one atomic single-document write; `version` rises by one with every write.
 */
export interface CaseDoc {
  _id: string
  number: string
  type: CaseType
  category: string
  /** the first line of the text, shortened: lists read it instead of the whole text */
  title: string
  text: string
  attachments: Attachment[]
  /** null: an individual 咨询 by a 待认证 user (no enterprise sees it; see cases/create.ts) */
  enterpriseId: string | null
  enterpriseName: string
  /** null: city-level (an individual consult without a pending request) */
  parkId: string | null
  submitterId: string
  submitterName: string
  submitterPhone: string
  /** a complaint about this steward: the case is invisible to them everywhere */
  aboutStewardId: string | null
  aboutStewardName: string | null
  assigneeId: string | null
  assigneeName: string | null
  assigneeRole: Role | null
  assignedAt: string | null
  status: CaseStatus
  /** status is one of OPEN_CASE_STATUSES (indexed for inboxes) */
  open: boolean
  awaitingInfo: boolean
  createdAt: string
  updatedAt: string
  version: number
  responseDueAt: string | null
  resolveDueAt: string | null
  rectifyDueAt: string | null
  firstResponseAt: string | null
  firstResponderId: string | null
  resolvedAt: string | null
  resolverId: string | null
  /** resolved by resolveDueAt (set at resolve) */
  resolvedOnTime: boolean | null
  closedAt: string | null
  /** the deadline currently running (null when none): inboxes sort on it */
  nextDeadlineAt: string | null
  nextDeadlineKind: DeadlineKind | null
  overdue: boolean
  escalationLevel: EscalationLevel
  /** when the sweep should raise the level next (null: nothing pending) */
  nextEscalationAt: string | null
  pressCount: number
  calendarEstimated: boolean
  rating: CaseRating | null
  /** the first 差评, kept for the rectification board */
  firstBadRating: RatingLevel | null
  /** when to remind the enterprise to rate (null once reminded or rated) */
  rateReminderAt: string | null
  review: { state: 'pending' | 'rectify' | 'rejected'; note: string; at: string | null; byId: string | null } | null
  /** set when a rectified case is re-rated or re-resolved: the public board reads it */
  rectified: { problem: string; action: string; at: string } | null
  events: CaseEventDoc[]
  /** 服务申请 only: set through createCase's `extra` by domain/services/apply.ts */
  service?: CaseServiceInfo | null
  /** the request (ctx.requestKey) of the last transition: its retry after a crash gets the answer (decision 0013) */
  lastRequestKey?: string | null
  /** 向讲师提问 only: set through createCase's `extra` by domain/lectures/ask.ts */
  lectureId?: string
  lectureTitle?: string
}

export interface CounterDoc {
  _id: string
  seq: number
}

export interface NotificationDoc {
  _id: string
  userId: string
  kind: NotificationKind
  title: string
  body: string
  link: string
  caseId: string | null
  /** a notice's delivery (its read count and the mark-read on opening the notice use it) */
  noticeId?: string | null
  createdAt: string
  readAt: string | null
  /** a subscribe message to send as well; 'pending' until the port has been tried */
  template: SubscribeTemplateKey | null
  pushState: 'none' | 'pending' | 'sent' | 'skipped' | 'failed'
}

export interface SubscriptionDoc {
  /** the user id */
  _id: string
  credits: Partial<Record<SubscribeTemplateKey, number>>
  updatedAt: string
}

export interface OutboxDoc {
  _id?: string
  touser: string
  templateKey: SubscribeTemplateKey
  templateId: string
  page: string
  data: Record<string, { value: string }>
  sentAt: string
}

export interface CalendarDoc {
  /** the year as a string */
  _id: string
  holidays: string[]
  workdays: string[]
  updatedById: string
  updatedByName: string
  updatedAt: string
}

export interface PolicyDoc {
  _id: string
  title: string
  docNumber: string
  issuer: string
  level: PolicyLevel
  categories: PolicyCategory[]
  benefitType: BenefitType
  exempt: boolean
  summary: string
  /** sanitised on write */
  bodyHtml: string
  /** the body as plain text, for search and snippets */
  bodyText: string
  interpretation: { text: string; videoUrl: string | null } | null
  attachments: Array<{ name: string; url: string }>
  /** 'YYYY-MM-DD' Beijing days or null */
  effectiveFrom: string | null
  expiresOn: string | null
  applyFrom: string | null
  applyUntil: string | null
  criteria: EligibilityCriteria
  /** copies of criteria.industries/scales/parkIds ([] = any), so list filters are plain field queries */
  industries: string[]
  scales: string[]
  parkIds: string[]
  serviceId: string | null
  editStatus: PolicyEditStatus
  /** the manager's park; null for city-wide (admin) policies */
  ownerParkId: string | null
  createdById: string
  createdByName: string
  createdAt: string
  updatedAt: string
  publishedById: string | null
  publishedByName: string | null
  /** instant of publication (null while a draft) */
  publishedAt: string | null
  withdrawnById: string | null
  withdrawnByName: string | null
  withdrawnAt: string | null
  /** 下架原因, set with withdrawnAt */
  withdrawnReason?: string | null
  /** the request (ctx.requestKey) of the last publish or withdraw: its retry after a crash gets the answer */
  lastRequestKey?: string | null
}
