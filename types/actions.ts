/**
 * The action map: each action's request (inferred from its schema) and response.
 * The client seam and the cloud router are both typed from this one table.
 */
import type { ActionName, ParsedRequestOf, RequestOf } from './schemas'
import type { HomeFeed, Invite, Me, NewsItem, NewsSummary, Notice, Page, Park } from './entities'
import type { Assignee, CalendarYear, CaseDetail, CaseSummary, DeadlineSettings, RectifiedStory, StewardRecord } from './cases'
import type { EnterpriseProfile, ImportReport, PolicyCategory, PolicyDeadlineEntry, PolicyDetail, PolicyMatch, PolicySummary, ProfileChange } from './policies'
import type { AppointmentSlot, ServiceDetail, ServiceSummary } from './services'
import type { AppNotification, SubscribeTemplate, SubscriptionState } from './notifications'
import { LECTURE_WRITES, type LectureResponses } from './lectures'
import { CIRCLE_WRITES, type CircleResponses } from './circle'
import { STEWARD_WRITES, type StewardResponses } from './stewards'
import { PUBLISHING_WRITES, type PublishingResponses } from './publishing'
import { MEMBERSHIP_WRITES, type MembershipResponses } from './membership'
import { TRUST_WRITES, type TrustResponses } from './trust'

export interface ResponseMap extends CircleResponses, LectureResponses, StewardResponses, PublishingResponses, MembershipResponses, TrustResponses {
  'session.me': Me
  'account.redeemInvite': Me
  'account.updateProfile': Me
  'invite.create': Invite
  'invite.list': Page<Invite>
  'invite.revoke': Invite
  'park.list': Park[]
  'news.list': Page<NewsSummary>
  'news.get': NewsItem
  'notice.list': Page<Notice>
  'notice.get': Notice
  'home.feed': HomeFeed
  'case.submit': CaseDetail
  'case.mine': Page<CaseSummary>
  'case.inbox': Page<CaseSummary>
  'case.supervise': Page<CaseSummary>
  'case.get': CaseDetail
  'case.assignees': Assignee[]
  'case.accept': CaseDetail
  'case.reply': CaseDetail
  'case.requestInfo': CaseDetail
  'case.supplement': CaseDetail
  'case.transfer': CaseDetail
  'case.resolve': CaseDetail
  'case.withdraw': CaseDetail
  'case.rate': CaseDetail
  'case.assign': CaseDetail
  'case.press': CaseDetail
  'case.reviewReject': CaseDetail
  'case.reviewRectify': CaseDetail
  'case.revisit': CaseDetail
  'steward.record': StewardRecord
  'rectified.list': Page<RectifiedStory>
  'notification.list': Page<AppNotification>
  'notification.unreadCount': { count: number }
  'notification.markRead': { count: number }
  'subscription.templates': SubscribeTemplate[]
  'subscription.record': SubscriptionState
  'settings.getDeadlines': DeadlineSettings
  'settings.setDeadlines': DeadlineSettings
  /** the current and next years, so a missing official calendar is seen before it matters */
  'calendar.list': CalendarYear[]
  'calendar.setYear': CalendarYear
  'policy.search': Page<PolicySummary>
  'policy.get': PolicyDetail
  /** summaries of several policies (at most 20), in the order asked; those the caller may not read are left out */
  'policy.getMany': PolicySummary[]
  'policy.recommend': Page<PolicyMatch>
  'policy.favourite': { favourite: boolean }
  'policy.favourites': Page<PolicySummary>
  'policy.follow': { categories: PolicyCategory[] }
  'policy.following': { categories: PolicyCategory[] }
  'policy.calendar': PolicyDeadlineEntry[]
  /** managers: drafts, published and withdrawn policies; summaries carry no highlight */
  'policy.manageList': Page<PolicyDetail>
  'policy.save': PolicyDetail
  'policy.publish': PolicyDetail
  'policy.withdraw': PolicyDetail
  /** how many enterprises (in the manager's scope) the policy would reach */
  'policy.pushPreview': { count: number }
  'policy.push': { sent: number }
  'policy.import': ImportReport
  'enterprise.profile': EnterpriseProfile
  'enterprise.updateProfile': EnterpriseProfile
  'enterprise.profileHistory': Page<ProfileChange>
  'service.list': Page<ServiceSummary>
  'service.get': ServiceDetail
  'service.apply': CaseDetail
  'service.save': ServiceDetail
  'appointment.slots': Page<AppointmentSlot>
  'appointment.book': AppointmentSlot
  'appointment.cancel': AppointmentSlot
  'appointment.createSlot': AppointmentSlot
}

// A compile-time check that every schema has a response and vice versa.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const ACTIONS_COMPLETE: Exact<keyof ResponseMap, ActionName> = true

export type Request<A extends ActionName> = RequestOf<A>
export type ParsedRequest<A extends ActionName> = ParsedRequestOf<A>
export type Response<A extends ActionName> = ResponseMap[A]

/** Actions that change state: the client attaches a request id, the router applies them once. */
export const WRITE_ACTIONS: ReadonlySet<ActionName> = new Set<ActionName>([
  'account.redeemInvite',
  'account.updateProfile',
  'invite.create',
  'invite.revoke',
  'case.submit',
  'case.accept',
  'case.reply',
  'case.requestInfo',
  'case.supplement',
  'case.transfer',
  'case.resolve',
  'case.withdraw',
  'case.rate',
  'case.assign',
  'case.press',
  'case.reviewReject',
  'case.reviewRectify',
  'case.revisit',
  'notification.markRead',
  'subscription.record',
  'settings.setDeadlines',
  'calendar.setYear',
  'policy.favourite',
  'policy.follow',
  'policy.save',
  'policy.publish',
  'policy.withdraw',
  'policy.push',
  'policy.import',
  'enterprise.updateProfile',
  'service.apply',
  'service.save',
  'appointment.book',
  'appointment.cancel',
  'appointment.createSlot',
  ...CIRCLE_WRITES,
  ...LECTURE_WRITES,
  ...STEWARD_WRITES,
  ...PUBLISHING_WRITES,
  ...MEMBERSHIP_WRITES,
  ...TRUST_WRITES
])

/** What travels over either transport. */
export interface Envelope<A extends ActionName = ActionName> {
  action: A
  payload: Request<A>
  /** client request id for writes; the same id is applied once */
  requestId?: string
}
