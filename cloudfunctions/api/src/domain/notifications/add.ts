import type { NotificationKind, SubscribeTemplateKey } from '../../../../../types'
import type { Database, Transaction } from '../../db/port'
import { COLLECTIONS, type NotificationDoc } from '../docs'

export interface NewNotification {
  userId: string
  kind: NotificationKind
  title: string
  body: string
  link: string
  caseId?: string | null
  /** also send this subscribe message when the user has a credit for it */
  template?: SubscribeTemplateKey | null
}

/**
 * Adds notification rows with generated ids. Works in a transaction (add is allowed
 * there), so a case transition and the notifications it causes commit together.
 */
export async function addNotifications(target: Transaction | Database, items: NewNotification[], now: Date): Promise<void> {
  const createdAt = now.toISOString()
  // one at a time: a transaction's writes are sequential anyway
  for (const item of items) {
    const template = item.template ?? null
    const doc: Omit<NotificationDoc, '_id'> = {
      userId: item.userId,
      kind: item.kind,
      title: item.title,
      body: item.body,
      link: item.link,
      caseId: item.caseId ?? null,
      createdAt,
      readAt: null,
      template,
      pushState: template ? 'pending' : 'none'
    }
    await target.collection(COLLECTIONS.notifications).add({ data: doc })
  }
}
