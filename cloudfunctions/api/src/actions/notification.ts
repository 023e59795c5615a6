import type { ActionTable } from './define'
import { EVERYONE } from './define'
import { listNotifications, markRead, recordSubscription, subscribeTemplates, unreadCount } from '../domain/notifications'

export const notificationActions: Pick<
  ActionTable,
  'notification.list' | 'notification.unreadCount' | 'notification.markRead' | 'subscription.templates' | 'subscription.record'
> = {
  'notification.list': { roles: EVERYONE, handler: (ctx, input) => listNotifications(ctx, input) },
  'notification.unreadCount': { roles: EVERYONE, handler: (ctx) => unreadCount(ctx) },
  'notification.markRead': { roles: EVERYONE, handler: (ctx, input) => markRead(ctx, input) },
  'subscription.templates': { roles: EVERYONE, handler: async (ctx) => subscribeTemplates(ctx) },
  'subscription.record': { roles: EVERYONE, handler: (ctx, input) => recordSubscription(ctx, input) }
}
