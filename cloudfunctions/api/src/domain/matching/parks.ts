import type { Database } from '../../db/port'
import { COLLECTIONS } from '../docs'
import type { ParkNames } from './conditions'

/** park id → name, for condition messages; parks are few (a city's handful) */
export async function loadParkNames(db: Database): Promise<ParkNames> {
  const { data } = await db.collection(COLLECTIONS.parks).field({ name: true }).limit(1000).get()
  return Object.fromEntries(data.map((p) => [p._id, String(p.name ?? '')]))
}
