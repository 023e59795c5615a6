/** The caller's own notifications: list, unread count, mark read. Never anyone else's. */
import type { AppNotification, Page } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type NotificationDoc } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'
import { listPage, type Paging } from '../paging'

/** guests have no user document yet; their id is still derived from the openid */
function ownId(ctx: ActionContext): string {
  return ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)
}

export function toAppNotification(doc: NotificationDoc): AppNotification {
  return {
    _id: doc._id,
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    link: doc.link,
    createdAt: doc.createdAt,
    read: doc.readAt !== null
  }
}

export async function listNotifications(
  ctx: ActionContext,
  input: { unreadOnly: boolean } & Paging
): Promise<Page<AppNotification>> {
  const where: Record<string, unknown> = { userId: ownId(ctx) }
  if (input.unreadOnly) where.readAt = null
  const spec = { where, orderBy: ['createdAt', 'desc'] as ['createdAt', 'desc'] }
  return listPage(ctx.db, ctx.db.collection(COLLECTIONS.notifications), spec, input, (doc) => toAppNotification(doc as unknown as NotificationDoc))
}

export async function unreadCount(ctx: ActionContext): Promise<{ count: number }> {
  const { total } = await ctx.db.collection(COLLECTIONS.notifications).where({ userId: ownId(ctx), readAt: null }).count()
  return { count: total }
}

/** ids that are not the caller's match nothing: the userId condition is part of the query */
export async function markRead(ctx: ActionContext, input: { ids: string[]; all: boolean }): Promise<{ count: number }> {
  if (!input.all && input.ids.length === 0) fail('INVALID_INPUT', '请选择要标为已读的通知', 'ids')
  const _ = ctx.db.command
  const where: Record<string, unknown> = { userId: ownId(ctx), readAt: null }
  if (!input.all) where._id = _.in(input.ids)
  await ctx.db.collection(COLLECTIONS.notifications).where(where).update({ data: { readAt: ctx.clock.now().toISOString() } })
  return unreadCount(ctx)
}
