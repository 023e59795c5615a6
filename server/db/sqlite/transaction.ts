/**
 * runTransaction: optimistic, snapshot-like transactions over single documents.
 *
 * better-sqlite3 is synchronous while the callback is async, so a SQLite transaction
 * cannot stay open across the callback's awaits. Instead:
 * - the first read of each document records the rev it saw (or that it was absent) and
 *   caches the document, so later reads in the same transaction see the same state;
 * - writes are buffered, and reads see the transaction's own buffered writes;
 * - at commit, one synchronous SQLite transaction checks that every document the
 *   transaction read or wrote still has the rev it saw, then applies all writes.
 * A failed check means another writer got in between: the callback runs again from
 * scratch, up to `times` runs in all, then the call rejects with TX_CONFLICT.
 */
import type {
  Doc,
  DocumentRef,
  Transaction,
  TransactionCollection
} from '../../../cloudfunctions/api/src/db/port'
import { encodeJson, normalizeValue } from './codec'
import { ConflictSignal, ParamError, duplicateKey, invalidParam, run, toDbError, transactionConflict } from './errors'
import { dataOf, readBody, replacementBody, splitNewDocument, toDoc, validateDocId } from './documents'
import type { Store } from './store'
import { applyUpdate, compileUpdate } from './update-apply'

interface Seen {
  table: string
  id: string
  /** rev at first read; null when the document did not exist */
  rev: number | null
}

type Body = Record<string, unknown>

class TransactionState {
  /** key → what the transaction first saw in the database */
  readonly seen = new Map<string, Seen & { body: Body | null }>()
  /** key → buffered final state (null = removed), in write order */
  readonly writes = new Map<string, { table: string; id: string; body: Body | null }>()
  rolledBack: { reason: unknown } | null = null
  finished = false

  constructor(readonly store: Store) {}

  /** Refuses use after rollback or after the transaction is over (e.g. a forgotten await). */
  assertActive(): void {
    if (this.finished) throw new ParamError('the transaction has already finished')
    if (this.rolledBack) throw new ParamError('the transaction has been rolled back')
  }

  /** The document as this transaction sees it; records the rev on first touch. */
  view(collection: string, id: string): { table: string; key: string; body: Body | null } {
    const table = this.store.table(collection)
    const key = `${table}\u0000${id}`
    const written = this.writes.get(key)
    if (written) return { table, key, body: written.body }
    let seen = this.seen.get(key)
    if (!seen) {
      const row = this.store.getRow(table, id)
      seen = { table, id, rev: row ? row.rev : null, body: row ? readBody(row.data) : null }
      this.seen.set(key, seen)
    }
    return { table, key, body: seen.body }
  }

  /** Buffered copies are private: callers get clones, so they cannot alter the buffer. */
  buffer(table: string, key: string, id: string, body: Body | null): void {
    this.writes.set(key, { table, id, body })
  }

  /** Validates revs and applies buffered writes atomically; throws ConflictSignal on a lost race. */
  commit(): void {
    // A transaction that wrote nothing has nothing to protect (its reads came from a
    // consistent cached view); only transactions that write need validating.
    if (this.writes.size === 0) return
    this.store.write(() => {
      for (const s of this.seen.values()) {
        const row = this.store.getRow(s.table, s.id)
        if ((row ? row.rev : null) !== s.rev) throw new ConflictSignal()
      }
      const now = new Date()
      for (const w of this.writes.values()) {
        if (w.body) this.store.upsert(w.table, w.id, encodeJson(w.body, now))
        else this.store.delete(w.table, w.id)
      }
    })
  }
}

const clone = (body: Body): Body => structuredClone(body)

class TxDocumentRef implements DocumentRef {
  constructor(
    private readonly tx: TransactionState,
    private readonly collection: string,
    private readonly id: string
  ) {}

  get(): Promise<{ data: Doc | null }> {
    return run('document.get', this.collection, () => {
      this.tx.assertActive()
      const id = validateDocId(this.id)
      const { body } = this.tx.view(this.collection, id)
      return { data: body ? toDoc(id, clone(body)) : null }
    })
  }

  set(options: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }> {
    return run('document.set', this.collection, () => {
      this.tx.assertActive()
      const id = validateDocId(this.id)
      const body = normalizeValue(replacementBody(dataOf(options)), new Date()) as Body
      const { table, key, body: current } = this.tx.view(this.collection, id)
      this.tx.buffer(table, key, id, body)
      return { _id: id, stats: { updated: current ? 1 : 0, created: current ? 0 : 1 } }
    })
  }

  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }> {
    return run('document.update', this.collection, () => {
      this.tx.assertActive()
      const id = validateDocId(this.id)
      const now = new Date()
      const ops = compileUpdate(dataOf(options), now)
      const { table, key, body: current } = this.tx.view(this.collection, id)
      if (!current) return { stats: { updated: 0 } }
      const next = clone(current)
      applyUpdate(next, ops)
      if (encodeJson(next, now) === encodeJson(current, now)) return { stats: { updated: 0 } }
      this.tx.buffer(table, key, id, next)
      return { stats: { updated: 1 } }
    })
  }

  remove(): Promise<{ stats: { removed: number } }> {
    return run('document.remove', this.collection, () => {
      this.tx.assertActive()
      const id = validateDocId(this.id)
      const { table, key, body: current } = this.tx.view(this.collection, id)
      if (!current) return { stats: { removed: 0 } }
      this.tx.buffer(table, key, id, null)
      return { stats: { removed: 1 } }
    })
  }
}

/** Query methods exist on a cloud collection but are refused inside transactions. */
const QUERY_METHODS = ['where', 'get', 'count', 'orderBy', 'skip', 'limit', 'field', 'update', 'remove'] as const

class TxCollection implements TransactionCollection {
  constructor(
    private readonly tx: TransactionState,
    private readonly name: string
  ) {
    for (const method of QUERY_METHODS) {
      Object.defineProperty(this, method, {
        enumerable: false,
        value: () => {
          throw invalidParam(
            `collection.${method}`,
            'transactions support single-document operations only: doc(id).get/set/update/remove and add'
          )
        }
      })
    }
  }

  doc(id: string): DocumentRef {
    return new TxDocumentRef(this.tx, this.name, id)
  }

  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    return run('collection.add', this.name, () => {
      this.tx.assertActive()
      const { id, body } = splitNewDocument(dataOf(options))
      const normalized = normalizeValue(body, new Date()) as Body
      const { table, key, body: current } = this.tx.view(this.name, id)
      if (current) throw duplicateKey('collection.add', this.name, `dup key: { _id: ${JSON.stringify(id)} }`)
      this.tx.buffer(table, key, id, normalized)
      return { _id: id }
    })
  }
}

export async function runTransaction<T>(store: Store, fn: (tx: Transaction) => Promise<T>, times = 3): Promise<T> {
  if (!Number.isInteger(times) || times < 1) {
    throw invalidParam('database.runTransaction', 'times must be a positive integer')
  }
  if (typeof fn !== 'function') throw invalidParam('database.runTransaction', 'expected a callback function')
  for (let attempt = 1; ; attempt++) {
    const state = new TransactionState(store)
    const tx: Transaction = {
      collection: (name: string) => new TxCollection(state, name),
      rollback: (reason?: unknown) =>
        run('transaction.rollback', '', () => {
          state.assertActive()
          state.rolledBack = { reason }
        })
    }
    let result: T
    try {
      // An error from the callback rejects the call as is: no retry, nothing written.
      result = await fn(tx)
    } finally {
      state.finished = true
    }
    if (state.rolledBack) throw state.rolledBack.reason
    try {
      state.commit()
      return result
    } catch (e) {
      if (!(e instanceof ConflictSignal)) throw toDbError('database.runTransaction', '', e)
      if (attempt >= times) throw transactionConflict(attempt)
    }
  }
}
