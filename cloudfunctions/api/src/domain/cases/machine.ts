/**
 * The case state machine as data: which action may run from which status, who it
 * belongs to, and where it leads. Pure, so tests can enumerate every (status, action).
 */
import type { CaseAction, CaseEventAction, CaseStatus, Role } from '../../../../../types'
import { OPEN_CASE_STATUSES } from '../../../../../types'

/**
 * assignee: the person the case is assigned to; enterprise: an entrepreneur of the
 * case's enterprise; manager: a manager of the case's park or the city admin;
 * handler: the assignee or such a manager.
 */
export type ActorKind = 'assignee' | 'enterprise' | 'manager' | 'handler'

export interface TransitionRule {
  from: readonly CaseStatus[]
  actor: ActorKind
  event: CaseEventAction
}

export const CASE_RULES: Record<CaseAction, TransitionRule> = {
  accept: { from: ['assigned'], actor: 'assignee', event: 'accept' },
  reply: { from: ['assigned', 'in_progress'], actor: 'assignee', event: 'reply' },
  requestInfo: { from: ['in_progress'], actor: 'assignee', event: 'request_info' },
  supplement: { from: ['submitted', 'assigned', 'in_progress', 'rectifying'], actor: 'enterprise', event: 'supplement' },
  transfer: { from: ['assigned', 'in_progress'], actor: 'assignee', event: 'transfer' },
  resolve: { from: ['assigned', 'in_progress'], actor: 'assignee', event: 'resolve' },
  withdraw: { from: ['submitted', 'assigned'], actor: 'enterprise', event: 'withdraw' },
  rate: { from: ['resolved'], actor: 'enterprise', event: 'rate' },
  assign: { from: OPEN_CASE_STATUSES, actor: 'manager', event: 'assign' },
  press: { from: OPEN_CASE_STATUSES, actor: 'manager', event: 'press' },
  reviewReject: { from: ['rated'], actor: 'manager', event: 'review_reject' },
  reviewRectify: { from: ['rated'], actor: 'manager', event: 'review_rectify' },
  revisit: { from: ['rectifying'], actor: 'handler', event: 'revisit' }
}

export const CASE_ACTIONS = Object.keys(CASE_RULES) as CaseAction[]
export const CASE_STATUSES: CaseStatus[] = ['submitted', 'assigned', 'in_progress', 'resolved', 'rated', 'rectifying', 'closed', 'withdrawn']

export function isLegal(status: CaseStatus, action: CaseAction): boolean {
  return CASE_RULES[action].from.includes(status)
}

/** where a legal action leads; `badRating` only matters for 'rate' */
export function targetStatus(action: CaseAction, from: CaseStatus, badRating = false): CaseStatus {
  switch (action) {
    case 'accept':
    case 'reply':
    case 'requestInfo':
      return 'in_progress'
    case 'supplement':
    case 'press':
      return from
    case 'transfer':
      return 'assigned'
    case 'assign':
      // reassigning during 整改 keeps the case in rectification
      return from === 'rectifying' ? 'rectifying' : 'assigned'
    case 'resolve':
    case 'revisit':
      return 'resolved'
    case 'withdraw':
      return 'withdrawn'
    case 'rate':
      return badRating ? 'rated' : 'closed'
    case 'reviewReject':
      return 'closed'
    case 'reviewRectify':
      return 'rectifying'
  }
}

/**
 * Besides the status, withdrawing needs the case to be untouched: a case that was
 * transferred or reassigned after a first response is 'assigned' again but handled.
 */
export function guardMessage(action: CaseAction, state: { firstResponseAt: string | null }): string | null {
  if (action === 'withdraw' && state.firstResponseAt) return '办件已开始办理，不能撤回'
  return null
}

const STAFF: readonly Role[] = ['steward', 'manager', 'admin']

/** the roles that could ever take an action of this kind (checked before the version) */
export function roleMayAct(actor: ActorKind, role: Role): boolean {
  // a guest's only visible cases are the consults they filed as an individual (visibility.ts)
  if (actor === 'enterprise') return role === 'entrepreneur' || role === 'guest'
  if (actor === 'manager') return role === 'manager' || role === 'admin'
  return STAFF.includes(role)
}

/** the personal check, once the caller can see the case and holds a fitting role */
export function isActorOf(actor: ActorKind, caller: { role: Role; userId: string }, assigneeId: string | null): boolean {
  if (actor === 'assignee') return assigneeId === caller.userId
  if (actor === 'handler') return assigneeId === caller.userId || caller.role === 'manager' || caller.role === 'admin'
  return true
}
