/** Who may write which news and notices: the admin everything, a park manager their park's. */
import type { NewsDoc, NoticeDoc } from '../docs'
import type { ManagerScope } from '../policies/scope'

export { managerScope, type ManagerScope } from '../policies/scope'
export { actor } from '../policies/manage'

/** the park an item written in this scope belongs to; null = the city centre */
export const ownerPark = (scope: ManagerScope): string | null => (scope.kind === 'park' ? scope.parkId : null)

export function canEditNews(scope: ManagerScope, doc: Pick<NewsDoc, 'authorParkId'>): boolean {
  return scope.kind === 'city' || (doc.authorParkId ?? null) === scope.parkId
}

export function canManageNotice(scope: ManagerScope, doc: Pick<NoticeDoc, 'ownerParkId'>): boolean {
  return scope.kind === 'city' || (doc.ownerParkId ?? null) === scope.parkId
}
