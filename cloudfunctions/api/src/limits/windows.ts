/**
 * Fixed-window counters: one document per class, subject (account or IP) and window,
 * `rateLimits/<class>_<a|ip>_<key>_<windowStart>`, counted in a transaction so two
 * instances never both take the last slot. A refused call writes nothing: the counters
 * are only raised when every limit still has room.
 */
import { createHash } from 'node:crypto'
import type { RateLimitClass, RateLimitSettings } from '../../../../types'
import type { Database, Transaction } from '../db/port'
import { COLLECTIONS } from '../domain/docs'
import { loadRateLimits } from './settings'

export interface RateLimitSubject {
  cls: RateLimitClass
  /** the account's user id (userIdFor(openid)) */
  userId: string
  /** the client IP; null when the platform gave none (then only the account is counted) */
  ip: string | null
  now: Date
  /** loaded from the settings collection when absent */
  settings?: RateLimitSettings
}

export type RateLimitVerdict = { ok: true } | { ok: false; retryAt: Date }

interface CounterDoc {
  cls: RateLimitClass
  scope: 'a' | 'ip'
  count: number
  windowStart: string
  /** the sweep removes counters past this instant */
  expiresAt: string
}

/** the raw address is personal data and may hold ':' — store a short digest instead */
const ipKey = (ip: string): string => createHash('sha256').update(ip).digest('hex').slice(0, 20)

/** Counts one write inside `tx` (with the caller's other writes), or refuses without writing. */
export async function countInTransaction(tx: Transaction, subject: RateLimitSubject & { settings: RateLimitSettings }): Promise<RateLimitVerdict> {
  const rule = subject.settings[subject.cls]
  const windowMs = rule.windowSeconds * 1000
  const start = Math.floor(subject.now.getTime() / windowMs) * windowMs
  const end = new Date(start + windowMs)
  const subjects: Array<{ scope: CounterDoc['scope']; key: string; max: number }> = [{ scope: 'a', key: subject.userId, max: rule.perAccount }]
  if (subject.ip) subjects.push({ scope: 'ip', key: ipKey(subject.ip), max: rule.perIp })
  const counters = tx.collection(COLLECTIONS.rateLimits)
  const seen: Array<{ ref: ReturnType<typeof counters.doc>; scope: CounterDoc['scope']; count: number }> = []
  for (const s of subjects) {
    const ref = counters.doc(`${subject.cls}_${s.scope}_${s.key}_${start}`)
    const current = (await ref.get()).data as (CounterDoc & { _id: string }) | null
    const count = current?.count ?? 0
    if (count >= s.max) return { ok: false, retryAt: end }
    seen.push({ ref, scope: s.scope, count })
  }
  for (const { ref, scope, count } of seen) {
    const doc: CounterDoc = { cls: subject.cls, scope, count: count + 1, windowStart: new Date(start).toISOString(), expiresAt: end.toISOString() }
    await ref.set({ data: doc as unknown as Record<string, unknown> })
  }
  return { ok: true }
}

/** counters on one subject conflict under load; each run is short, so allow several */
const TX_TIMES = 10

/**
 * Counts one write of class `cls` for the account and the IP, or says when to try again.
 * For callers outside the router (the local upload route); the router counts inside the
 * transaction that claims the request id instead.
 */
export async function consumeRateLimit(db: Database, subject: RateLimitSubject): Promise<RateLimitVerdict> {
  const settings = subject.settings ?? (await loadRateLimits(db))
  return db.runTransaction((tx) => countInTransaction(tx, { ...subject, settings }), TX_TIMES)
}

/** the sweep's part: windows that have ended count for nothing */
export async function removeExpiredCounters(db: Database, now: Date): Promise<number> {
  const { stats } = await db.collection(COLLECTIONS.rateLimits).where({ expiresAt: db.command.lte(now.toISOString()) }).remove()
  return stats.removed
}
