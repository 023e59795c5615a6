import type { NotificationKind, SubscribeTemplateKey } from '../../../../../types'
import { DB_ERR, isDbError, type Database, type Transaction } from '../../db/port'
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
/**
 * Adds notifications under ids the caller derives (e.g. from an outbox effect and the
 * recipient), skipping those that exist: a re-run after a crash notifies nobody twice.
 */
export async function addNotificationsOnce(db: Database, items: Array<NewNotification & { id: string }>, now: Date): Promise<number> {
  let added = 0
  for (const { id, ...item } of items) {
    const template = item.template ?? null
    const doc: NotificationDoc = {
      _id: id,
      userId: item.userId,
      kind: item.kind,
      title: item.title,
      body: item.body,
      link: item.link,
      caseId: item.caseId ?? null,
      createdAt: now.toISOString(),
      readAt: null,
      template,
      pushState: template ? 'pending' : 'none'
    }
    try {
      await db.collection(COLLECTIONS.notifications).add({ data: doc as unknown as Record<string, unknown> })
      added++
    } catch (e) {
      if (!isDbError(e, DB_ERR.DUPLICATE_KEY)) throw e
    }
  }
  return added
}

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
