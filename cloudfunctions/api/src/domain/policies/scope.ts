/** Who may see and change which policies. */
import type { ActionContext, Caller } from '../context'
import type { PolicyDoc } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'

/** admin: the whole city; a park manager: their park's policies */
export type ManagerScope = { kind: 'city' } | { kind: 'park'; parkId: string }

export function isManager(caller: Caller): boolean {
  return caller.role === 'manager' || caller.role === 'admin'
}

export function managerScope(caller: Caller): ManagerScope {
  if (caller.role === 'admin') return { kind: 'city' }
  if (caller.role !== 'manager') fail('FORBIDDEN')
  const parkId = caller.user?.parkId
  if (!parkId) fail('PARK_SCOPE', '您的账号未归属园区')
  return { kind: 'park', parkId }
}

/** a park manager edits only their own park's policies; city-wide ones are read-only to them */
export function assertCanEdit(scope: ManagerScope, doc: PolicyDoc): void {
  if (scope.kind === 'park' && doc.ownerParkId !== scope.parkId) fail('PARK_SCOPE', '只能管理本园区发布的政策')
}

/**
 * Drafts and withdrawn policies are manager business: admins see all, a park manager
 * their park's and the city's withdrawn ones (city drafts are not shown to parks).
 */
export function canRead(caller: Caller, doc: PolicyDoc): boolean {
  if (doc.editStatus === 'published') return true
  if (caller.role === 'admin') return true
  if (caller.role !== 'manager' || !caller.user?.parkId) return false
  if (doc.ownerParkId === caller.user.parkId) return true
  return doc.ownerParkId === null && doc.editStatus === 'withdrawn'
}

/** guests have no user document yet; their id is still derived from the openid */
export function ownId(ctx: ActionContext): string {
  return ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)
}
