/** 已读: a recipient who opens the notice (or its notification) has read it. */
import type { Database } from '../../db/port'
import { COLLECTIONS } from '../docs'

export async function markNoticeRead(db: Database, userId: string, noticeId: string, now: Date): Promise<void> {
  await db.collection(COLLECTIONS.notifications).where({ userId, noticeId, readAt: null }).update({ data: { readAt: now.toISOString() } })
}

/** notifications delivered for a notice, and how many of them were read */
export async function noticeCounts(db: Database, noticeId: string): Promise<{ delivered: number; read: number }> {
  const notifications = db.collection(COLLECTIONS.notifications)
  const [delivered, read] = await Promise.all([
    notifications.where({ noticeId }).count(),
    // readAt is an ISO string once read: gt('') matches strings only
    notifications.where({ noticeId, readAt: db.command.gt('') }).count()
  ])
  return { delivered: delivered.total, read: read.total }
}
