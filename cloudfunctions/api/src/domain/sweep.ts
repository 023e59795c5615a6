/**
 * Timer jobs, run by cloudfunctions/sweep every 10 minutes in the cloud and by the
 * local host on an interval. Each job is idempotent: running twice changes nothing more.
 */
import type { Database } from '../db/port'
import type { Clock } from './context'
import { COLLECTIONS } from './docs'

/** replayable answers are kept this long; a retry after that is a new request */
export const REQUEST_RECORD_TTL_HOURS = 48

export interface SweepReport {
  expiredRequestRecords: number
}

export async function runSweep(db: Database, clock: Clock): Promise<SweepReport> {
  const cutoff = new Date(clock.now().getTime() - REQUEST_RECORD_TTL_HOURS * 3600_000).toISOString()
  const { stats } = await db.collection(COLLECTIONS.requests).where({ createdAt: db.command.lt(cutoff) }).remove()
  return { expiredRequestRecords: stats.removed }
}
