/**
 * The in-app notification centre and the subscribe-message port. Domain code adds
 * notifications next to the write that causes them; pushes go out afterwards.
 */
export { addNotifications, addNotificationsOnce, type NewNotification } from './add'
export { deliverPendingPushes, type PushLog } from './push'
export { messagePage, templateData, TEMPLATE_FIELDS } from './templateData'
export { listNotifications, markRead, toAppNotification, unreadCount } from './centre'
export { MAX_CREDITS_PER_TEMPLATE, recordSubscription, subscribeTemplates } from './subscriptions'
