/** The in-app notification centre and WeChat subscribe messages. */

export type NotificationKind = 'case' | 'notice' | 'system'

export interface AppNotification {
  _id: string
  kind: NotificationKind
  title: string
  body: string
  /** the page to open, e.g. /packages/case/detail/index?id=… */
  link: string
  createdAt: string
  read: boolean
}

/**
 * One-time subscribe-message templates, by our own key. The template ids are the
 * deployment's (configured on the server); the client asks for them from a tap.
 */
export type SubscribeTemplateKey = 'caseProgress' | 'rateReminder' | 'caseOverdue'

export const SUBSCRIBE_TEMPLATE_TITLES: Record<SubscribeTemplateKey, string> = {
  caseProgress: '办件进度通知',
  rateReminder: '服务评价提醒',
  caseOverdue: '办件超期提醒'
}

export interface SubscribeTemplate {
  key: SubscribeTemplateKey
  templateId: string
  title: string
}

export interface SubscriptionState {
  /** sends left per template (one-time templates: one send per acceptance) */
  credits: Partial<Record<SubscribeTemplateKey, number>>
}
