import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import {
  acceptCase,
  assignCase,
  assigneesFor,
  createCase,
  getCase,
  inbox,
  listRectified,
  myCases,
  pressCase,
  rateCase,
  replyCase,
  requestInfo,
  resolveCase,
  reviewRectify,
  reviewReject,
  revisitCase,
  stewardRecord,
  supervise,
  supplementCase,
  transferCase,
  withdrawCase
} from '../domain/cases'

/**
 * A member for the enterprise, or a 待认证 user (guest) for the 咨询 they file as an
 * individual: the domain limits a guest to a consult without an enterprise and to the cases
 * they filed themselves (cases/origin.ts, cases/visibility.ts).
 */
const SUBMITTER: readonly Role[] = ['guest', 'entrepreneur']
const STAFF: readonly Role[] = ['steward', 'manager', 'admin']
const SIGNED_IN: readonly Role[] = ['guest', 'entrepreneur', 'steward', 'manager', 'admin']

type CaseActionName =
  | 'case.submit'
  | 'case.mine'
  | 'case.inbox'
  | 'case.supervise'
  | 'case.get'
  | 'case.assignees'
  | 'case.accept'
  | 'case.reply'
  | 'case.requestInfo'
  | 'case.supplement'
  | 'case.transfer'
  | 'case.resolve'
  | 'case.withdraw'
  | 'case.rate'
  | 'case.assign'
  | 'case.press'
  | 'case.reviewReject'
  | 'case.reviewRectify'
  | 'case.revisit'
  | 'steward.record'
  | 'rectified.list'

export const caseActions: Pick<ActionTable, CaseActionName> = {
  'case.submit': { roles: SUBMITTER, handler: (ctx, input) => createCase(ctx, input) },
  'case.mine': { roles: SUBMITTER, handler: (ctx, input) => myCases(ctx, input) },
  'case.inbox': { roles: STAFF, handler: (ctx, input) => inbox(ctx, input) },
  'case.supervise': { roles: MANAGERS, handler: (ctx, input) => supervise(ctx, input) },
  'case.get': { roles: SIGNED_IN, handler: (ctx, input) => getCase(ctx, input.id) },
  'case.assignees': { roles: STAFF, handler: (ctx, input) => assigneesFor(ctx, input.id) },
  'case.accept': { roles: STAFF, handler: (ctx, input) => acceptCase(ctx, input) },
  'case.reply': { roles: STAFF, handler: (ctx, input) => replyCase(ctx, input) },
  'case.requestInfo': { roles: STAFF, handler: (ctx, input) => requestInfo(ctx, input) },
  'case.supplement': { roles: SUBMITTER, handler: (ctx, input) => supplementCase(ctx, input) },
  'case.transfer': { roles: STAFF, handler: (ctx, input) => transferCase(ctx, input) },
  'case.resolve': { roles: STAFF, handler: (ctx, input) => resolveCase(ctx, input) },
  'case.withdraw': { roles: SUBMITTER, handler: (ctx, input) => withdrawCase(ctx, input) },
  'case.rate': { roles: SUBMITTER, handler: (ctx, input) => rateCase(ctx, input) },
  'case.assign': { roles: MANAGERS, handler: (ctx, input) => assignCase(ctx, input) },
  'case.press': { roles: MANAGERS, handler: (ctx, input) => pressCase(ctx, input) },
  'case.reviewReject': { roles: MANAGERS, handler: (ctx, input) => reviewReject(ctx, input) },
  'case.reviewRectify': { roles: MANAGERS, handler: (ctx, input) => reviewRectify(ctx, input) },
  'case.revisit': { roles: STAFF, handler: (ctx, input) => revisitCase(ctx, input) },
  'steward.record': { roles: EVERYONE, handler: (ctx, input) => stewardRecord(ctx.db, input.stewardId) },
  'rectified.list': { roles: EVERYONE, handler: (ctx, input) => listRectified(ctx.db, input.page, input.pageSize) }
}
