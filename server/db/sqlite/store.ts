/**
 * Low-level storage: one table per collection, `_id TEXT PRIMARY KEY, data TEXT (JSON
 * without _id), rev INTEGER`, plus a cache of prepared statements.
 *
 * `rev` drives optimistic transactions. It is taken from one database-wide counter
 * rather than counting per document, so a document that is removed and re-added never
 * shows a rev a transaction saw before (no ABA). The counter lives in the "$meta" table,
 * a name no collection can have.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { tableName } from './paths'

export interface StoredRow {
  _id: string
  data: string
  rev: number
}

const STATEMENT_CACHE_LIMIT = 500
const NO_FIELDS: ReadonlySet<string> = new Set()

export class Store {
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  private readonly tables = new Set<string>()
  /** per collection, the fields that hold no arrays (indexes.ts): the query compiler's hint */
  private readonly scalars = new Map<string, ReadonlySet<string>>()
  private readonly booleans = new Map<string, ReadonlySet<string>>()
  /** rev shared by every document written in the current write transaction */
  private currentRev: number | undefined
  private readonly inTransaction: BetterSqlite3.Transaction<(fn: () => unknown) => unknown>

  constructor(readonly db: BetterSqlite3.Database) {
    this.inTransaction = db.transaction((fn: () => unknown) => {
      this.currentRev = undefined
      try {
        return fn()
      } finally {
        this.currentRev = undefined
      }
    })
    db.exec(`CREATE TABLE IF NOT EXISTS "$meta" (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`)
    db.prepare(`INSERT OR IGNORE INTO "$meta" (key, value) VALUES ('rev', 0)`).run()
  }

  /** Statements are keyed by SQL text, which depends on the query's shape, never on its values. */
  prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear()
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }

  setScalarFields(collection: string, fields: ReadonlySet<string>, booleans: ReadonlySet<string> = NO_FIELDS): void {
    this.scalars.set(collection, fields)
    this.booleans.set(collection, booleans)
  }

  /** scalar fields declared `boolean`: they hold true, false or null, nothing else */
  booleanFields(collection: string): ReadonlySet<string> {
    return this.booleans.get(collection) ?? NO_FIELDS
  }

  scalarFields(collection: string): ReadonlySet<string> {
    return this.scalars.get(collection) ?? NO_FIELDS
  }

  /** Quoted table name for a collection, creating the table on first use. */
  table(collection: string): string {
    const table = tableName(collection)
    if (!this.tables.has(table)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (_id TEXT PRIMARY KEY, data TEXT NOT NULL, rev INTEGER NOT NULL)`)
      this.tables.add(table)
    }
    return table
  }

  /**
   * Runs `fn` in one write transaction. IMMEDIATE takes the write lock up front, so a
   * second process waits (busy_timeout) instead of failing half-way on lock upgrade.
   */
  write<T>(fn: () => T): T {
    return this.inTransaction.immediate(fn) as T
  }

  /** The rev for documents written in the current write transaction. */
  rev(): number {
    if (this.currentRev === undefined) {
      const row = this.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as {
        value: number
      }
      this.currentRev = row.value
    }
    return this.currentRev
  }

  getRow(table: string, id: string): StoredRow | undefined {
    return this.prepare(`SELECT _id, data, rev FROM ${table} WHERE _id = ?`).get(id) as StoredRow | undefined
  }

  insert(table: string, id: string, data: string): void {
    this.prepare(`INSERT INTO ${table} (_id, data, rev) VALUES (?, ?, ?)`).run(id, data, this.rev())
  }

  /** Insert or replace, keeping the row (and so its insertion order) when it exists. */
  upsert(table: string, id: string, data: string): void {
    this.prepare(
      `INSERT INTO ${table} (_id, data, rev) VALUES (?, ?, ?) ON CONFLICT(_id) DO UPDATE SET data = excluded.data, rev = excluded.rev`
    ).run(id, data, this.rev())
  }

  replaceData(table: string, id: string, data: string): void {
    this.prepare(`UPDATE ${table} SET data = ?, rev = ? WHERE _id = ?`).run(data, this.rev(), id)
  }

  delete(table: string, id: string): number {
    return this.prepare(`DELETE FROM ${table} WHERE _id = ?`).run(id).changes
  }
}
