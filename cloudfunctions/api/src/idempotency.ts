/**
 * Writes a user can repeat (double tap, retry after a timeout) carry a client request id
 * and are applied once (docs/decisions/0006, 0013). The record `requests/<user>_<id>`:
 * - is claimed in a transaction (with the rate-limit counters, see `gate`) before the
 *   handler runs, holding a lease of REQUEST_LEASE_MS;
 * - becomes `done` with the answer, which any repeat gets back without running again;
 * - is removed when the request was refused or failed, so it can be corrected and resent;
 * - when left `pending` by a crash or a timeout, is taken over by a retry once the lease
 *   has passed (compare-and-set on `attempt`): the retry runs the handler again, and the
 *   creates that matter use ids derived from the request (ctx.requestKey), so a write that
 *   did land before the crash is found and returned instead of made twice.
 * The payload's canonical hash is stored: the same id with other content is refused.
 */
import { createHash } from 'node:crypto'
import type { ApiResult } from '../../../types'
import { apiError } from '../../../types'
import { COLLECTIONS } from './domain/docs'
import { DB_ERR, isDbError, type Database, type Transaction } from './db/port'
import { queued } from './domain/cases/numbers'

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

/**
 * Longer than the longest a handler may run: cloudfunctions/api/config.json sets the
 * function's timeout to 60 s (raise this lease with it), so after 90 s the first attempt
 * has certainly been stopped by the platform and a retry may take over. Short enough that a user retrying after a crash is
 * answered within a minute and a half, not after the 48-hour record lifetime.
 */
export const REQUEST_LEASE_MS = 90_000

/** a claim's counters and record are separate documents that concurrent writes touch */
const CLAIM_TX_TIMES = 10

interface RequestDoc {
  _id: string
  action: string
  /** canonical hash of the parsed payload; absent on records from before hashing */
  hash?: string
  status: 'pending' | 'done'
  result: ApiResult<unknown> | null
  createdAt: string
  /** a pending record may be taken over after this instant */
  leaseUntil?: string
  /** raised by every claim; completion and release compare it (compare-and-set) */
  attempt?: number
}

/** JSON with object keys sorted at every level: the same content always hashes the same */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function payloadHash(action: string, payload: unknown): string {
  return createHash('sha256').update(`${action}\n${canonicalJson(payload)}`).digest('hex')
}

/** the record's id, also handed to the handler as ctx.requestKey */
export const requestKeyFor = (userId: string, requestId: string): string => `${userId}_${requestId}`

export interface OnceOptions {
  key: string
  action: string
  hash: string
  now: Date
  /**
   * Runs inside the claiming transaction, only for a request seen for the first time
   * (a replay or a takeover does not count again): returns a refusal, or null to go on.
   * Its writes commit together with the claim; a refusal commits nothing.
   */
  gate?: (tx: Transaction) => Promise<ApiResult<never> | null>
  /** claims with the same queue key run one after another in this process (shared counters) */
  queueKey?: string
  /** the handler; receives nothing — the key is already in its context */
  run: () => Promise<ApiResult<unknown>>
}

type Claim = { kind: 'run'; attempt: number } | { kind: 'answer'; result: ApiResult<unknown> }

const busy = (): Claim => ({ kind: 'answer', result: { ok: false, error: apiError('REQUEST_IN_PROGRESS') } })

async function claim(db: Database, o: OnceOptions): Promise<Claim> {
  return db.runTransaction(async (tx): Promise<Claim> => {
    const ref = tx.collection(COLLECTIONS.requests).doc(o.key)
    const prior = (await ref.get()).data as RequestDoc | null
    const leaseUntil = new Date(o.now.getTime() + REQUEST_LEASE_MS).toISOString()
    if (!prior) {
      const refusal = o.gate ? await o.gate(tx) : null
      if (refusal) return { kind: 'answer', result: refusal }
      const doc: Omit<RequestDoc, '_id'> = { action: o.action, hash: o.hash, status: 'pending', result: null, createdAt: o.now.toISOString(), leaseUntil, attempt: 1 }
      await ref.set({ data: doc as unknown as Record<string, unknown> })
      return { kind: 'run', attempt: 1 }
    }
    if (prior.action !== o.action || (prior.hash !== undefined && prior.hash !== o.hash)) {
      return { kind: 'answer', result: { ok: false, error: apiError('REQUEST_ID_REUSED') } }
    }
    if (prior.status === 'done' && prior.result) return { kind: 'answer', result: prior.result }
    const expires = prior.leaseUntil ?? new Date(new Date(prior.createdAt).getTime() + REQUEST_LEASE_MS).toISOString()
    if (expires > o.now.toISOString()) return busy()
    // the holder crashed or timed out: take over with a fresh lease
    const attempt = (prior.attempt ?? 1) + 1
    await ref.update({ data: { leaseUntil, attempt } })
    return { kind: 'run', attempt }
  }, CLAIM_TX_TIMES)
}

/** Compare-and-set: only the attempt that holds the record may finish or release it. */
async function settle(db: Database, key: string, attempt: number, result: ApiResult<unknown> | null): Promise<void> {
  await db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.requests).doc(key)
    const current = (await ref.get()).data as RequestDoc | null
    if (!current || current.status !== 'pending' || (current.attempt ?? 1) !== attempt) return
    // set() on `result`: it starts as null, and a nested update would merge into it field by field
    if (result) await ref.update({ data: { status: 'done', result: db.command.set(result) } })
    else await ref.remove()
  })
}

export async function once(db: Database, o: OnceOptions): Promise<ApiResult<unknown>> {
  let c: Claim
  try {
    c = o.queueKey ? await queued(`claim:${o.queueKey}`, () => claim(db, o)) : await claim(db, o)
  } catch (e) {
    // other instances kept winning the counters: nothing was claimed or counted
    if (isDbError(e, DB_ERR.TX_CONFLICT)) return { ok: false, error: apiError('CONFLICT', '系统繁忙，请稍后重试') }
    throw e
  }
  if (c.kind === 'answer') return c.result
  let result: ApiResult<unknown>
  try {
    result = await o.run()
  } catch (e) {
    // a failure we saw (not a crash): release at once rather than make the user wait out the lease
    await settle(db, o.key, c.attempt, null).catch(() => undefined)
    throw e
  }
  // a refused request changed nothing: let the user correct it and send it again
  await settle(db, o.key, c.attempt, result.ok ? result : null)
  return result
}
