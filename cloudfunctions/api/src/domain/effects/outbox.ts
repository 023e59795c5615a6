/**
 * The transactional outbox (docs/decisions/0013). A change that must be followed by side
 * effects (tell a policy's followers, deliver a notice) adds an `effects` document in the
 * same transaction as the change, so either both exist or neither does. The effect is
 * then run right after the commit (a courtesy) and by the sweep (the guarantee):
 * - a run claims the effect with a lease (compare-and-set on `attempts`), so two runners
 *   never work on it at once, and a runner that crashed is replaced after the lease;
 * - every handler is safe to run again (its notifications have ids derived from the
 *   effect and the recipient and are only ever added), so a crash in the middle of a run
 *   and the re-run after it notify each person once;
 * - a failing handler is retried later, with a growing pause, up to MAX_ATTEMPTS.
 */
import type { Database, Transaction } from '../../db/port'
import { COLLECTIONS } from '../docs'

export type EffectKind = 'policy.published' | 'notice.deliver'

export interface EffectDoc {
  _id: string
  kind: EffectKind
  /** the document the effect is about (a policy id, a notice id) */
  ref: string
  state: 'pending' | 'done' | 'failed'
  /** not run before this instant (a retry's pause) */
  dueAt: string
  /** a claimed effect is not run by anyone else before this instant */
  leaseUntil: string | null
  attempts: number
  lastError: string | null
  createdAt: string
  doneAt: string | null
}

/** A handler does the work; false = not finished yet (a bounded run), run it again soon. */
export type EffectHandler = (db: Database, effect: EffectDoc, now: Date) => Promise<boolean>

/** longer than any handler run (bounded by the function timeout, 60 s) */
export const EFFECT_LEASE_MS = 90_000
export const MAX_ATTEMPTS = 8
const RETRY_BASE_MS = 60_000

export const effectId = (kind: EffectKind, ref: string, now: Date): string => `${kind.replace('.', '-')}_${ref}_${now.getTime()}`

/** Adds the effect inside the transaction that makes the change; returns its id. */
export async function addEffect(tx: Transaction, kind: EffectKind, ref: string, now: Date): Promise<string> {
  const _id = effectId(kind, ref, now)
  const doc: Omit<EffectDoc, '_id'> = { kind, ref, state: 'pending', dueAt: now.toISOString(), leaseUntil: null, attempts: 0, lastError: null, createdAt: now.toISOString(), doneAt: null }
  await tx.collection(COLLECTIONS.effects).add({ data: { _id, ...doc } })
  return _id
}

async function claim(db: Database, id: string, now: Date): Promise<EffectDoc | null> {
  const iso = now.toISOString()
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.effects).doc(id)
    const doc = (await ref.get()).data as EffectDoc | null
    if (!doc || doc.state !== 'pending' || doc.dueAt > iso || (doc.leaseUntil && doc.leaseUntil > iso)) return null
    const claimed = { ...doc, attempts: doc.attempts + 1, leaseUntil: new Date(now.getTime() + EFFECT_LEASE_MS).toISOString() }
    await ref.update({ data: { attempts: claimed.attempts, leaseUntil: claimed.leaseUntil } })
    return claimed
  })
}

/** only the run that holds the claim (same attempt) may settle it */
async function settle(db: Database, claimed: EffectDoc, patch: Partial<EffectDoc>): Promise<void> {
  await db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.effects).doc(claimed._id)
    const doc = (await ref.get()).data as EffectDoc | null
    if (!doc || doc.state !== 'pending' || doc.attempts !== claimed.attempts) return
    await ref.update({ data: { ...patch, leaseUntil: null } })
  })
}

export type EffectLog = (message: string, fields: Record<string, unknown>) => void

/** Runs one effect if it is due and unclaimed; true when it is done. Never throws for the handler. */
export async function runEffect(db: Database, handlers: Record<EffectKind, EffectHandler>, id: string, now: Date, log: EffectLog): Promise<boolean> {
  const claimed = await claim(db, id, now)
  if (!claimed) return false
  let finished: boolean
  try {
    finished = await handlers[claimed.kind](db, claimed, now)
  } catch (e) {
    const error = (e as Error)?.message ?? String(e)
    const gaveUp = claimed.attempts >= MAX_ATTEMPTS
    log(gaveUp ? 'side effect failed for good' : 'side effect failed, will retry', { effectId: id, kind: claimed.kind, attempts: claimed.attempts, error })
    const pause = RETRY_BASE_MS * 2 ** (claimed.attempts - 1)
    await settle(db, claimed, { state: gaveUp ? 'failed' : 'pending', lastError: error, dueAt: new Date(now.getTime() + pause).toISOString() })
    return false
  }
  await settle(db, claimed, finished ? { state: 'done', doneAt: now.toISOString() } : { dueAt: now.toISOString() })
  return finished
}

/** the ids of pending effects due by `now`, oldest first */
export async function dueEffects(db: Database, now: Date, limit: number): Promise<string[]> {
  const { data } = await db
    .collection(COLLECTIONS.effects)
    .where({ state: 'pending', dueAt: db.command.lte(now.toISOString()) })
    .orderBy('dueAt', 'asc')
    .limit(limit)
    .field({ _id: true })
    .get()
  return data.map((d) => d._id)
}
