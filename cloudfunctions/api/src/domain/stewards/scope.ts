/** What a manager may touch here: a park manager their park's stewards and enterprises, the admin all. */
import { fail } from '../errors'
import type { ManagerScope } from '../policies/scope'

export { managerScope, type ManagerScope } from '../policies/scope'

export function assertInScope(scope: ManagerScope, parkId: string | null, message: string, field?: string): void {
  if (scope.kind === 'park' && parkId !== scope.parkId) fail('PARK_SCOPE', message, field)
}

/** the park a list is limited to: the manager's own, or what the admin asked for */
export function scopedParkId(scope: ManagerScope, requested: string | undefined): string | undefined {
  if (scope.kind === 'city') return requested
  assertInScope(scope, requested ?? scope.parkId, '只能查看本园区的企业和管家', 'parkId')
  return scope.parkId
}
