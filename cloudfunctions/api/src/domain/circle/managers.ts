/** Whom to tell about posts that wait for moderation: the managers of the poster's park. */
import type { Database } from '../../db/port'
import { COLLECTIONS } from '../docs'

export async function parkManagerIds(db: Database, parkId: string): Promise<string[]> {
  const { data } = await db.collection(COLLECTIONS.users).where({ role: 'manager', parkId }).limit(100).get()
  return data.map((u) => u._id)
}
