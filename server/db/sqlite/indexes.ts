/**
 * Declared indexes → SQLite expression indexes on json_extract(data, '$.field'). The
 * query compiler spells field access the same way, which is what lets SQLite use them.
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { IndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { ParamError, SCALAR_GUARD_MESSAGE } from './errors'
import { fieldAccess, jsonPathLiteral, parseFieldPath, tableName, validateCollectionName } from './paths'
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
  const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE type = ? AND name = ?`)
  const declared = new Set<string>()
  for (const spec of specs) {
    const { name, sql } = indexSql(spec)
    declared.add(name)
    store.table(spec.collection)
    const found = existing.get('index', name) as { sql: string } | undefined
    if (found?.sql === sql) continue
    db.transaction(() => {
      if (found) db.exec(`DROP INDEX "${name}"`)
      db.exec(sql)
    })()
  }
  const scalars = scalarFieldsOf(specs)
  const booleans = booleanFieldsOf(specs)
  for (const [collection, fields] of scalars) {
    const flags = booleans.get(collection) ?? new Set<string>()
    ensureScalarGuard(db, collection, [...fields], [...flags], existing)
    store.setScalarFields(collection, fields, flags)
  }
  dropUndeclared(db, new Set(specs.map((s) => s.collection)), declared)
}

/** Indexed fields not marked `array`, per collection (a field marked `array` anywhere stays general). */
export function scalarFieldsOf(specs: IndexSpec[]): Map<string, Set<string>> {
  const scalar = new Map<string, Set<string>>()
  const multikey = new Set<string>()
  for (const spec of specs) {
    for (const f of spec.fields) {
      if (f.field === '_id') continue
      if (f.array) multikey.add(`${spec.collection}\u0000${f.field}`)
      else {
        if (!scalar.has(spec.collection)) scalar.set(spec.collection, new Set())
        scalar.get(spec.collection)!.add(f.field)
      }
    }
  }
  for (const [collection, fields] of scalar) for (const f of [...fields]) if (multikey.has(`${collection}\u0000${f}`)) fields.delete(f)
  return scalar
}

/** Scalar fields declared `boolean` (on any index), per collection. */
export function booleanFieldsOf(specs: IndexSpec[]): Map<string, Set<string>> {
  const scalars = scalarFieldsOf(specs)
  const out = new Map<string, Set<string>>()
  for (const spec of specs) {
    for (const f of spec.fields) {
      if (!f.boolean || !scalars.get(spec.collection)?.has(f.field)) continue
      if (!out.has(spec.collection)) out.set(spec.collection, new Set())
      out.get(spec.collection)!.add(f.field)
    }
  }
  return out
}

/**
 * Scalar fields hold no arrays (and fields declared `boolean` nothing but true, false or null): triggers refuse such writes (ParamError through run(),
 * see errors.ts), and opening a data folder that already holds one fails loudly rather
 * than letting queries silently miss it. A path whose parent is an array reads as
 * missing, which is fine: the query compiler reads it the same way.
 */
function ensureScalarGuard(db: BetterSqlite3.Database, collection: string, fields: string[], booleans: string[], existing: BetterSqlite3.Statement): void {
  const table = tableName(collection)
  const typeOf = (row: string, f: string) => `json_type(${row}.data, ${jsonPathLiteral(parseFieldPath(f))})`
  const isArray = (row: string) =>
    fields
      .map((f) => (booleans.includes(f) ? `${typeOf(row, f)} NOT IN ('true', 'false', 'null')` : `${typeOf(row, f)} = 'array'`))
      .join(' OR ')
  const message = `${SCALAR_GUARD_MESSAGE}${collection}: ${fields.join(', ')}${booleans.length ? ` (or other than a boolean in ${booleans.join(', ')})` : ''}`
  for (const when of ['INSERT', 'UPDATE OF data'] as const) {
    const name = `${collection}__scalar_${when === 'INSERT' ? 'ins' : 'upd'}`
    const sql = `CREATE TRIGGER "${name}" BEFORE ${when} ON ${table} WHEN ${isArray('new')} BEGIN SELECT RAISE(ABORT, '${message}'); END`
    const found = existing.get('trigger', name) as { sql: string } | undefined
    if (found?.sql === sql) continue
    const offender = db.prepare(`SELECT _id FROM ${table} AS t WHERE ${isArray('t')} LIMIT 1`).get() as { _id: string } | undefined
    if (offender) {
      throw new ParamError(`document '${offender._id}' of '${collection}' holds an array in an indexed field (${fields.join(', ')}) or other than a boolean in a boolean one (${booleans.join(', ') || 'none'}); mark the index field { array: true }, or fix the value`)
    }
    db.transaction(() => {
      if (found) db.exec(`DROP TRIGGER "${name}"`)
      db.exec(sql)
    })()
  }
}

/**
 * Indexes this module made (named "<collection>__…") that are no longer declared are
 * dropped, so a data folder from an older version does not keep maintaining them.
 */
function dropUndeclared(db: BetterSqlite3.Database, collections: Set<string>, declared: Set<string>): void {
  const rows = db.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as Array<{ name: string; tbl_name: string }>
  for (const { name, tbl_name } of rows) {
    if (!collections.has(tbl_name) || !name.startsWith(`${tbl_name}__`) || declared.has(name)) continue
    db.exec(`DROP INDEX "${name}"`)
  }
}
