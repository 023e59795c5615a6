/**
 * Collections, queries and document references for plain (non-transactional) calls.
 * Each call is atomic: writes run inside one SQLite write transaction.
 */
import type {
  CollectionRef,
  Condition,
  Doc,
  DocumentRef,
  Query,
  SortDirection
} from '../../../cloudfunctions/api/src/db/port'
import { encodeJson } from './codec'
import { ParamError, run } from './errors'
import { dataOf, encodeBody, readBody, replacementBody, splitNewDocument, toDoc, validateDocId } from './documents'
import { compileProjection, project } from './projection'
import { SqlParams, compileOrderBy, compileWhere, type OrderSpec } from './query-compiler'
import type { Store } from './store'
import { applyUpdate, compileUpdate } from './update-apply'

/** Server-side default and maximum page size in the cloud. */
export const MAX_LIMIT = 1000

/**
 * The deepest skip the embedded database accepts. The cloud accepts any skip but reads and
 * drops every skipped document, so a deep skip slows down as the collection grows and then
 * times out; refusing it here makes such a query fail in tests, not in production. Deep
 * pages go by cursor (domain/paging.ts, decision 0016).
 */
export const MAX_SKIP = 5000

interface QueryState {
  /** undefined: no where() yet, match everything */
  condition?: { value: Condition }
  orders: OrderSpec[]
  skip?: number
  limit?: number
  projection?: Record<string, boolean>
}

/**
 * Builders only record; everything is validated when the query runs, so a bad limit
 * or condition rejects the get()/count()/… promise, as the cloud reports it.
 */
export class SqliteQuery implements Query {
  constructor(
    protected readonly store: Store,
    protected readonly name: string,
    protected readonly state: QueryState
  ) {}

  private with(patch: Partial<QueryState>): SqliteQuery {
    return new SqliteQuery(this.store, this.name, { ...this.state, ...patch })
  }

  /** A second where() replaces the first, as in the cloud SDK. */
  where(condition: Condition): Query {
    return this.with({ condition: { value: condition } })
  }

  orderBy(field: string, direction: SortDirection): Query {
    return this.with({ orders: [...this.state.orders, { field, direction }] })
  }

  skip(n: number): Query {
    return this.with({ skip: n })
  }

  limit(n: number): Query {
    return this.with({ limit: n })
  }

  field(projection: Record<string, boolean>): Query {
    return this.with({ projection })
  }

  /** WHERE clause and its parameters. */
  private filter(now: Date): { where: string; params: unknown[] } {
    const params = new SqlParams()
    const where = this.state.condition ? compileWhere(this.state.condition.value, params, now, this.store.scalarFields(this.name), this.store.booleanFields(this.name)) : '1'
    return { where, params: params.values }
  }

  get(): Promise<{ data: Doc[] }> {
    return run('collection.get', this.name, () => {
      const { where, params } = this.filter(new Date())
      for (const o of this.state.orders) {
        if (o.direction !== 'asc' && o.direction !== 'desc') throw new ParamError(`orderBy direction must be 'asc' or 'desc'`)
      }
      const order = compileOrderBy(this.state.orders)
      const { limit = MAX_LIMIT, skip = 0 } = this.state
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        throw new ParamError(`limit must be an integer between 1 and ${MAX_LIMIT}`)
      }
      if (!Number.isInteger(skip) || skip < 0) throw new ParamError('skip must be a non-negative integer')
      if (skip > MAX_SKIP) throw new ParamError(`skip must be at most ${MAX_SKIP}: page deeper by a cursor on the sort key`)
      const projection = this.state.projection === undefined ? null : compileProjection(this.state.projection)
      const table = this.store.table(this.name)
      const rows = this.store
        .prepare(`SELECT _id, data FROM ${table} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, limit, skip) as Array<{ _id: string; data: string }>
      return { data: rows.map((r) => project(toDoc(r._id, readBody(r.data)), projection)) }
    })
  }

  /** Counts every match: skip and limit do not apply, as in the cloud. */
  count(): Promise<{ total: number }> {
    return run('collection.count', this.name, () => {
      const { where, params } = this.filter(new Date())
      const table = this.store.table(this.name)
      const row = this.store.prepare(`SELECT COUNT(*) AS total FROM ${table} WHERE ${where}`).get(...params) as {
        total: number
      }
      return { total: row.total }
    })
  }

  /**
   * Updates every matching document (skip / limit / orderBy do not apply). `updated`
   * counts documents whose content actually changed.
   */
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }> {
    return run('collection.update', this.name, () => {
      const now = new Date()
      const ops = compileUpdate(dataOf(options), now)
      const { where, params } = this.filter(now)
      const table = this.store.table(this.name)
      return this.store.write(() => {
        const rows = this.store.prepare(`SELECT _id, data FROM ${table} WHERE ${where}`).all(...params) as Array<{
          _id: string
          data: string
        }>
        let updated = 0
        for (const row of rows) {
          const body = readBody(row.data)
          applyUpdate(body, ops)
          const json = encodeJson(body, now)
          if (json !== row.data) {
            this.store.replaceData(table, row._id, json)
            updated++
          }
        }
        return { stats: { updated } }
      })
    })
  }

  /** Removes every matching document (skip / limit / orderBy do not apply). */
  remove(): Promise<{ stats: { removed: number } }> {
    return run('collection.remove', this.name, () => {
      const { where, params } = this.filter(new Date())
      const table = this.store.table(this.name)
      const removed = this.store.write(() => this.store.prepare(`DELETE FROM ${table} WHERE ${where}`).run(...params).changes)
      return { stats: { removed } }
    })
  }
}

export class SqliteCollection extends SqliteQuery implements CollectionRef {
  constructor(store: Store, name: string) {
    super(store, name, { orders: [] })
  }

  doc(id: string): DocumentRef {
    return new SqliteDocumentRef(this.store, this.name, id)
  }

  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    return run('collection.add', this.name, () => {
      const { id, body } = splitNewDocument(dataOf(options))
      const json = encodeBody(body, new Date())
      const table = this.store.table(this.name)
      // A taken _id (or unique index value) fails the INSERT; run() maps it to DUPLICATE_KEY.
      this.store.write(() => this.store.insert(table, id, json))
      return { _id: id }
    })
  }
}

class SqliteDocumentRef implements DocumentRef {
  constructor(
    private readonly store: Store,
    private readonly name: string,
    private readonly id: string
  ) {}

  /** With throwOnNotFound: false the cloud resolves { data: null } for a missing document. */
  get(): Promise<{ data: Doc | null }> {
    return run('document.get', this.name, () => {
      const id = validateDocId(this.id)
      const row = this.store.getRow(this.store.table(this.name), id)
      return { data: row ? toDoc(id, readBody(row.data)) : null }
    })
  }

  /** Replaces the whole document, creating it when absent. */
  set(options: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }> {
    return run('document.set', this.name, () => {
      const id = validateDocId(this.id)
      const json = encodeBody(replacementBody(dataOf(options)), new Date())
      const table = this.store.table(this.name)
      const existed = this.store.write(() => {
        const found = this.store.getRow(table, id) !== undefined
        this.store.upsert(table, id, json)
        return found
      })
      return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } }
    })
  }

  /** A missing document is not an error: it resolves with updated 0. */
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }> {
    return run('document.update', this.name, () => {
      const id = validateDocId(this.id)
      const now = new Date()
      const ops = compileUpdate(dataOf(options), now)
      const table = this.store.table(this.name)
      return this.store.write(() => {
        const row = this.store.getRow(table, id)
        if (!row) return { stats: { updated: 0 } }
        const body = readBody(row.data)
        applyUpdate(body, ops)
        const json = encodeJson(body, now)
        if (json === row.data) return { stats: { updated: 0 } }
        this.store.replaceData(table, id, json)
        return { stats: { updated: 1 } }
      })
    })
  }

  remove(): Promise<{ stats: { removed: number } }> {
    return run('document.remove', this.name, () => {
      const id = validateDocId(this.id)
      const table = this.store.table(this.name)
      return { stats: { removed: this.store.write(() => this.store.delete(table, id)) } }
    })
  }
}
