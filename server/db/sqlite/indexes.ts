/**
 * Declared indexes → SQLite expression indexes on json_extract(data, '$.field'). The
 * query compiler spells field access the same way, which is what lets SQLite use them.
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { IndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { ParamError } from './errors'
import { fieldAccess, validateCollectionName } from './paths'
import type { Store } from './store'

const INDEX_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

/** The CREATE INDEX statement for a spec; index names are prefixed with the collection (SQLite's are global). */
export function indexSql(spec: IndexSpec): { name: string; sql: string } {
  const collection = validateCollectionName(spec.collection)
  if (typeof spec.name !== 'string' || !INDEX_NAME.test(spec.name)) {
    throw new ParamError(`index name must match ${INDEX_NAME}, got ${JSON.stringify(spec.name)}`)
  }
  if (!Array.isArray(spec.fields) || spec.fields.length === 0) throw new ParamError(`index '${spec.name}' needs at least one field`)
  const columns = spec.fields.map((f) => {
    if (f.direction !== 'asc' && f.direction !== 'desc') throw new ParamError(`index '${spec.name}': direction must be 'asc' or 'desc'`)
    return `${fieldAccess(f.field).value} ${f.direction === 'desc' ? 'DESC' : 'ASC'}`
  })
  const name = `${collection}__${spec.name}`
  return { name, sql: `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX "${name}" ON "${collection}" (${columns.join(', ')})` }
}

/**
 * Creates missing indexes and rebuilds any whose definition changed (SQLite keeps the
 * statement text, so comparing it tells). Creating a unique index over existing
 * duplicates fails with a SQLite constraint error, which the caller maps.
 */
export function ensureIndexes(store: Store, db: BetterSqlite3.Database, specs: IndexSpec[]): void {
  const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`)
  for (const spec of specs) {
    const { name, sql } = indexSql(spec)
    store.table(spec.collection)
    const found = existing.get(name) as { sql: string } | undefined
    if (found?.sql === sql) continue
    db.transaction(() => {
      if (found) db.exec(`DROP INDEX "${name}"`)
      db.exec(sql)
    })()
  }
}
