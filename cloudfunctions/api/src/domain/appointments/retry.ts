/**
 * Bookings race on one slot document. In one process they are queued per slot; across
 * instances (the cloud) a transaction can still lose: wait a random, growing while and
 * run it again, so every contender ends with a definite answer (a seat, or SLOT_FULL)
 * rather than CONFLICT.
 */
import { DB_ERR, isDbError } from '../../db/port'

/** runs per transaction call (the database retries a lost commit itself) */
export const SLOT_TX_TIMES = 10
const BACKOFF_ROUNDS = 8

export async function withBackoff<T>(fn: () => Promise<T>, rounds = BACKOFF_ROUNDS): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await fn()
    } catch (e) {
      if (!isDbError(e, DB_ERR.TX_CONFLICT) || round >= rounds) throw e
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * round))
    }
  }
}
