/** The sweep's part: published posts past their last (Beijing) day become 'expired'. */
import type { Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import { CIRCLE_COLLECTIONS } from './docs'

export async function expirePosts(db: Database, now: Date): Promise<number> {
  const today = beijingYmd(now)
  const { stats } = await db
    .collection(CIRCLE_COLLECTIONS.posts)
    .where({ status: 'published', validUntil: db.command.lt(today) })
    .update({ data: { status: 'expired', updatedAt: now.toISOString() } })
  return stats.updated
}
