/**
 * Human-readable case numbers: type prefix + Beijing date + per-day sequence, e.g.
 * ZX20261122-0007. The sequence lives in a counters document that is incremented in
 * the transaction creating the case, so two submits never share a number.
 */
import { randomBytes } from 'node:crypto'
import { CASE_NUMBER_PREFIX, type CaseType } from '../../../../../types'
import type { Transaction } from '../../db/port'
import { beijingYmd } from '../calendar'
import { COLLECTIONS, type CounterDoc } from '../docs'
import { idForRequest } from '../requestIds'

/** 'ZX20261122': the counter document for a type and Beijing day */
export function counterId(type: CaseType, now: Date): string {
  return CASE_NUMBER_PREFIX[type] + beijingYmd(now).replace(/-/g, '')
}

export function formatCaseNumber(counter: string, seq: number): string {
  return `${counter}-${String(seq).padStart(4, '0')}`
}

/** Takes the next number of the day; call inside the transaction that adds the case. */
export async function takeCaseNumber(tx: Transaction, type: CaseType, now: Date): Promise<string> {
  const id = counterId(type, now)
  const ref = tx.collection(COLLECTIONS.counters).doc(id)
  const { data } = await ref.get()
  const seq = ((data as CounterDoc | null)?.seq ?? 0) + 1
  await ref.set({ data: { seq } })
  return formatCaseNumber(id, seq)
}

/** opaque document id: the number would reveal how busy a day was */
export function newCaseId(): string {
  return 'c' + randomBytes(12).toString('hex')
}

/** the case id of a request: the same on every retry of it, random without one */
export const caseIdFor = (requestKey: string | null | undefined): string => idForRequest(requestKey, 'c', 24, newCaseId)

/**
 * Runs `fn` after every earlier call with the same key in this process has settled.
 * Submits on one day all touch that day's counter; queuing them here means a single
 * instance never makes its own transactions conflict. Across instances (the cloud),
 * conflicts remain possible and are retried by the caller.
 */
const queues = new Map<string, Promise<unknown>>()

export function queued<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prior = queues.get(key) ?? Promise.resolve()
  const run = prior.then(fn, fn)
  const settled = run.then(
    () => undefined,
    () => undefined
  )
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}
