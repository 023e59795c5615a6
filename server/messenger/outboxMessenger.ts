/**
 * The local subscribe-message port: instead of calling WeChat it writes each message
 * to the 'outbox' collection, which tests and developers read (GET /dev/outbox).
 */
import type { SubscribeTemplateKey } from '../../types'
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { systemClock, type Clock, type Messenger } from '../../cloudfunctions/api/src/domain/context'
import { COLLECTIONS, type OutboxDoc } from '../../cloudfunctions/api/src/domain/docs'

export const LOCAL_TEMPLATE_IDS: Record<SubscribeTemplateKey, string> = {
  caseProgress: 'local-caseProgress',
  rateReminder: 'local-rateReminder',
  caseOverdue: 'local-caseOverdue'
}

export function outboxMessenger(db: Database, clock: Clock = systemClock): Messenger {
  return {
    templates: { ...LOCAL_TEMPLATE_IDS },
    async send(message) {
      const doc: OutboxDoc = { ...message, sentAt: clock.now().toISOString() }
      await db.collection(COLLECTIONS.outbox).add({ data: doc as unknown as Record<string, unknown> })
    }
  }
}

/** the newest entries first */
export async function recentOutbox(db: Database, limit = 50): Promise<OutboxDoc[]> {
  const { data } = await db.collection(COLLECTIONS.outbox).orderBy('sentAt', 'desc').limit(limit).get()
  return data as unknown as OutboxDoc[]
}
