/**
 * Who is looking at a post, and what that entitles them to. Identity comes from the
 * caller context only.
 */
import type { Role } from '../../../../../types'
import type { ActionContext } from '../context'
import { userIdFor } from '../ids'
import type { PostDoc } from './docs'

export interface Viewer {
  userId: string
  name: string
  role: Role
  enterpriseId: string | null
  parkId: string | null
}

export function viewerOf(ctx: ActionContext): Viewer {
  const u = ctx.caller.user
  return {
    userId: u?._id ?? userIdFor(ctx.caller.openid),
    name: u?.name ?? '',
    role: ctx.caller.role,
    enterpriseId: u?.enterpriseId ?? null,
    parkId: u?.parkId ?? null
  }
}

/** posted by the viewer's enterprise (colleagues share their enterprise's posts) */
export const ownsPost = (v: Viewer, post: Pick<PostDoc, 'enterpriseId'>): boolean =>
  v.role === 'entrepreneur' && v.enterpriseId !== null && v.enterpriseId === post.enterpriseId

/** the city admin, or a manager of the park the poster belongs to */
export const managesPost = (v: Viewer, post: Pick<PostDoc, 'parkId'>): boolean =>
  v.role === 'admin' || (v.role === 'manager' && v.parkId !== null && v.parkId === post.parkId)

/**
 * Whose report this is: the enterprise of an approved member (role entrepreneur with an
 * enterprise), or null for anyone else — guests, applicants still 待认证, and staff, who
 * moderate rather than report.
 */
export const reporterKey = (v: Viewer): string | null => (v.role === 'entrepreneur' && v.enterpriseId ? v.enterpriseId : null)
