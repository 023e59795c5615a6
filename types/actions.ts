/**
 * The action map: each action's request (inferred from its schema) and response.
 * The client seam and the cloud router are both typed from this one table.
 */
import type { ActionName, ParsedRequestOf, RequestOf } from './schemas'
import type { HomeFeed, Invite, Me, NewsItem, NewsSummary, Notice, Page, Park } from './entities'

export interface ResponseMap {
  'session.me': Me
  'account.bindEnterprise': Me
  'account.unbindEnterprise': Me
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
}

// A compile-time check that every schema has a response and vice versa.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const ACTIONS_COMPLETE: Exact<keyof ResponseMap, ActionName> = true

export type Request<A extends ActionName> = RequestOf<A>
export type ParsedRequest<A extends ActionName> = ParsedRequestOf<A>
export type Response<A extends ActionName> = ResponseMap[A]

/** Actions that change state: the client attaches a request id, the router applies them once. */
export const WRITE_ACTIONS: ReadonlySet<ActionName> = new Set<ActionName>([
  'account.bindEnterprise',
  'account.unbindEnterprise',
  'account.redeemInvite',
  'account.updateProfile',
  'invite.create',
  'invite.revoke'
])

/** What travels over either transport. */
export interface Envelope<A extends ActionName = ActionName> {
  action: A
  payload: Request<A>
  /** client request id for writes; the same id is applied once */
  requestId?: string
}
