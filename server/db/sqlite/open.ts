/** Opening the embedded database: connection settings, schema, and the Database object. */
import BetterSqlite3 from 'better-sqlite3'
import type { Database, IndexSpec, SearchIndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { DbRegExpValue, ServerDateValue, command } from './commands'
import { SqliteCollection } from './collection'
import { ParamError, toDbError } from './errors'
import { ensureIndexes } from './indexes'
import { registerRegexp } from './regexp'
import { ensureSearchIndexes, search } from './search'
import { Store } from './store'
import { runTransaction } from './transaction'

export interface SqliteDatabaseOptions {
  /** file path, or ':memory:' */
  file: string
  indexes?: IndexSpec[]
  /** full-text search indexes (SEARCH_INDEXES); search() refuses other collections */
  searchIndexes?: SearchIndexSpec[]
}

export interface SqliteDatabase extends Database {
  close(): void
  /** The underlying connection, for tests and benchmarks only. */
  readonly raw: BetterSqlite3.Database
}

/** How long a writer waits for another connection's write lock before failing. */
const BUSY_TIMEOUT_MS = 5000

export function openSqliteDatabase(options: SqliteDatabaseOptions): SqliteDatabase {
  const raw = new BetterSqlite3(options.file)
  try {
    // WAL lets readers run alongside the writer; NORMAL sync is durable enough under WAL
    // (a power cut may lose the last commits, never corrupt the file).
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = NORMAL')
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    registerRegexp(raw)
    const store = new Store(raw)
    const searchIndexes = options.searchIndexes ?? []
    try {
      ensureIndexes(store, raw, options.indexes ?? [])
      ensureSearchIndexes(store, raw, searchIndexes)
    } catch (e) {
      throw toDbError('database.createIndex', '', e)
    }

    return {
      raw,
      command,
      collection: (name: string) => new SqliteCollection(store, name),
      serverDate: () => new ServerDateValue(),
      RegExp: (opts: { regexp: string; options?: string }) => {
        if (!opts || typeof opts.regexp !== 'string') {
          throw toDbError('db.RegExp', '', new ParamError('db.RegExp expects {regexp: string, options?: string}'))
        }
        return new DbRegExpValue(opts.regexp, opts.options ?? '')
      },
      runTransaction: (fn, times) => runTransaction(store, fn, times),
      search: (collection, request) => search(store, searchIndexes, collection, request),
      close: () => raw.close()
    }
  } catch (e) {
    raw.close()
    throw e
  }
}
