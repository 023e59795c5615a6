/**
 * Error shapes. Everything that leaves the embedded database is a `DbError` carrying the
 * cloud's errCode and an errMsg in the cloud's style ("<op>:fail <code> <text>"), so
 * callers can branch on errors the same way in both environments.
 */
import { DB_ERR, DbError } from '../../../cloudfunctions/api/src/db/port'

/**
 * Thrown deep inside compilers and appliers, which do not know which API call they
 * serve; `run()` turns it into a DbError named after the failing operation.
 */
export class ParamError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'ParamError'
  }
}

/** Signals a lost optimistic-concurrency check at transaction commit (internal only). */
export class ConflictSignal extends Error {
  constructor() {
    super('transaction conflict')
    this.name = 'ConflictSignal'
  }
}

export function invalidParam(op: string, detail: string): DbError {
  return new DbError(DB_ERR.INVALID_PARAM, `${op}:fail ${DB_ERR.INVALID_PARAM} invalid parameters. ${detail}`)
}

export function duplicateKey(op: string, collection: string, detail: string): DbError {
  return new DbError(
    DB_ERR.DUPLICATE_KEY,
    `${op}:fail ${DB_ERR.DUPLICATE_KEY} database request fail. [DuplicateWrite] E11000 duplicate key error collection: ${collection} ${detail}`
  )
}

export function transactionConflict(attempts: number): DbError {
  return new DbError(
    DB_ERR.TX_CONFLICT,
    `database.runTransaction:fail ${DB_ERR.TX_CONFLICT} transaction conflict: [ResourceUnavailable.TransactionConflict] ` +
      `Transaction is conflict, maybe resource operated by others (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`
  )
}

/** better-sqlite3 reports constraint failures with these codes; both mean "key taken". */
function isUniqueViolation(e: unknown): e is Error {
  const code = (e as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
}

/** The scalar-field guard (indexes.ts) aborts with a message starting with this text. */
export const SCALAR_GUARD_MESSAGE = 'array in a scalar indexed field of '

/** Maps internal failures to DbError; anything unexpected (I/O, bugs) passes through untouched. */
export function toDbError(op: string, collection: string, e: unknown): unknown {
  if (e instanceof ParamError) return invalidParam(op, e.detail)
  if ((e as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_TRIGGER' && (e as Error).message.startsWith(SCALAR_GUARD_MESSAGE)) {
    return invalidParam(op, (e as Error).message)
  }
  if (isUniqueViolation(e)) return duplicateKey(op, collection, `(${e.message})`)
  return e
}

/**
 * Runs one API call. Async so that every failure, even one found while building the
 * query, surfaces as a rejected promise, as it does with the network-bound cloud SDK.
 */
export async function run<T>(op: string, collection: string, fn: () => T): Promise<T> {
  try {
    return fn()
  } catch (e) {
    throw toDbError(op, collection, e)
  }
}
