/**
 * The tables behind Database.search, per declared search index (SearchIndexSpec):
 *
 * - `<c>$search`: FTS5 with the trigram tokenizer, so any substring of 3+ characters is
 *   an index lookup (Chinese needs no word segmentation). Contentless — the text already
 *   lives in the collection's table — and keyed by the collection row's rowid. Every
 *   indexed value ends with two sentinel characters, so every occurrence of a 1–2
 *   character term starts some trigram (see search.ts).
 * - `<c>$search_vocab`: fts5vocab 'row' over it: the distinct trigrams, listable by prefix.
 * - `<c>$search_filter`: (rowid, _id, data) where data holds only the spec's filterFields,
 *   as JSONB (the json functions read it without parsing), so filtering thousands of hits
 *   reads ~200 bytes per hit instead of the whole document. Same values and encoding as
 *   the collection's data, so the query compiler's SQL means the same on it.
 *
 * Triggers on the collection's table keep all of them in step, so every write path —
 * add, set, update, where().update/remove, transaction commit, raw SQL — maintains them,
 * whichever connection writes. Rowids of the collection tables would only change under
 * VACUUM, which the database never runs.
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { SearchIndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { ParamError } from './errors'
import { jsonPathLiteral, parseFieldPath, validateCollectionName } from './paths'
import type { Store } from './store'

/** appended to every indexed value; search terms never contain control characters */
const SENTINEL_SQL = 'char(3,3)'

export interface SearchTables {
  table: string
  fts: string
  vocab: string
  /** null when the spec declares no filterFields */
  filter: string | null
  /** FTS column of each searchable field, in the spec's order */
  columns: string[]
  filterFields: Set<string>
}

export function searchTables(spec: SearchIndexSpec): SearchTables {
  const c = validateCollectionName(spec.collection)
  // '$' cannot appear in a collection name, so these never collide with a collection.
  return {
    table: `"${c}"`,
    fts: `"${c}$search"`,
    vocab: `"${c}$search_vocab"`,
    filter: spec.filterFields?.length ? `"${c}$search_filter"` : null,
    columns: spec.fields.map((_, i) => `f${i}`),
    filterFields: new Set(spec.filterFields ?? [])
  }
}

function textPaths(spec: SearchIndexSpec): string[] {
  if (!Array.isArray(spec.fields) || spec.fields.length === 0) throw new ParamError(`search index '${spec.collection}' needs at least one field`)
  return spec.fields.map((f) => {
    const segments = parseFieldPath(f)
    if (segments[0] === '_id') throw new ParamError('_id cannot be a search field')
    return jsonPathLiteral(segments)
  })
}

function filterNames(spec: SearchIndexSpec): string[] {
  return (spec.filterFields ?? []).map((f) => {
    const segments = parseFieldPath(f)
    if (segments.length !== 1 || f === '_id') throw new ParamError(`filterFields must be top-level fields other than _id, got '${f}'`)
    return f
  })
}

/**
 * The text indexed for one field of a row: strings only (a date or any other value
 * indexes as nothing, as a regexp never matches one), the codec's escape prefix removed.
 */
function indexedText(data: string, path: string): string {
  const v = `json_extract(${data}, ${path})`
  return (
    `(CASE WHEN json_type(${data}, ${path}) IS NOT 'text' THEN '' ` +
    `WHEN substr(${v}, 1, 3) = char(1,83,58) THEN substr(${v}, 4) ` +
    `WHEN substr(${v}, 1, 1) = char(1) THEN '' ELSE ${v} END || ${SENTINEL_SQL})`
  )
}

/**
 * JSON object of the filter fields present in `data`, each value as stored (-> keeps its
 * JSON form). A missing field gives NULL, which concat_ws skips: missing stays missing.
 */
function compactJson(data: string, fields: string[]): string {
  const members = fields.map((f) => `'"${f}":' || (${data} -> ${jsonPathLiteral([f])})`)
  return `jsonb('{' || concat_ws(',', ${members.join(', ')}) || '}')`
}

interface Statement {
  name: string
  type: 'table' | 'trigger'
  sql: string
}

/** Every statement of one search index, in creation order; compared with sqlite_master at open. */
function schemaOf(spec: SearchIndexSpec): { statements: Statement[]; fill: string[] } {
  const t = searchTables(spec)
  const paths = textPaths(spec)
  const filters = filterNames(spec)
  const cols = t.columns.join(', ')
  const unquote = (s: string) => s.slice(1, -1)
  const trigger = (suffix: string) => `"${unquote(t.fts)}_${suffix}"`
  const insertText = (row: string) => `INSERT INTO ${t.fts} (rowid, ${cols}) VALUES (${row}.rowid, ${paths.map((p) => indexedText(`${row}.data`, p)).join(', ')});`
  const textChanged = paths.map((p) => `json_extract(old.data, ${p}) IS NOT json_extract(new.data, ${p})`).join(' OR ')
  const statements: Statement[] = [
    { name: unquote(t.fts), type: 'table', sql: `CREATE VIRTUAL TABLE ${t.fts} USING fts5(${cols}, tokenize='trigram', content='', contentless_delete=1)` },
    { name: unquote(t.vocab), type: 'table', sql: `CREATE VIRTUAL TABLE ${t.vocab} USING fts5vocab('${unquote(t.fts)}', 'row')` },
    { name: unquote(trigger('ai')), type: 'trigger', sql: `CREATE TRIGGER ${trigger('ai')} AFTER INSERT ON ${t.table} BEGIN ${insertText('new')} END` },
    {
      name: unquote(trigger('au')),
      type: 'trigger',
      sql: `CREATE TRIGGER ${trigger('au')} AFTER UPDATE OF data ON ${t.table} WHEN ${textChanged} BEGIN DELETE FROM ${t.fts} WHERE rowid = old.rowid; ${insertText('new')} END`
    },
    { name: unquote(trigger('ad')), type: 'trigger', sql: `CREATE TRIGGER ${trigger('ad')} AFTER DELETE ON ${t.table} BEGIN DELETE FROM ${t.fts} WHERE rowid = old.rowid; END` }
  ]
  const fill = [`INSERT INTO ${t.fts} (rowid, ${cols}) SELECT rowid, ${paths.map((p) => indexedText('data', p)).join(', ')} FROM ${t.table}`]
  if (t.filter) {
    statements.push(
      { name: unquote(t.filter), type: 'table', sql: `CREATE TABLE ${t.filter} (rowid INTEGER PRIMARY KEY, _id TEXT NOT NULL, data BLOB NOT NULL)` },
      {
        name: unquote(trigger('filter_ai')),
        type: 'trigger',
        sql: `CREATE TRIGGER ${trigger('filter_ai')} AFTER INSERT ON ${t.table} BEGIN INSERT INTO ${t.filter} (rowid, _id, data) VALUES (new.rowid, new._id, ${compactJson('new.data', filters)}); END`
      },
      {
        name: unquote(trigger('filter_au')),
        type: 'trigger',
        sql: `CREATE TRIGGER ${trigger('filter_au')} AFTER UPDATE OF data ON ${t.table} BEGIN UPDATE ${t.filter} SET data = ${compactJson('new.data', filters)} WHERE rowid = new.rowid; END`
      },
      {
        name: unquote(trigger('filter_ad')),
        type: 'trigger',
        sql: `CREATE TRIGGER ${trigger('filter_ad')} AFTER DELETE ON ${t.table} BEGIN DELETE FROM ${t.filter} WHERE rowid = old.rowid; END`
      }
    )
    fill.push(`INSERT INTO ${t.filter} (rowid, _id, data) SELECT rowid, _id, ${compactJson('data', filters)} FROM ${t.table}`)
  }
  return { statements, fill }
}

/** names this module may create for a collection, so a changed spec drops what it no longer needs */
function allNames(spec: SearchIndexSpec): Statement[] {
  const c = validateCollectionName(spec.collection)
  const tables = [`${c}$search_filter`, `${c}$search_vocab`, `${c}$search`].map((name) => ({ name, type: 'table' as const, sql: '' }))
  const triggers = ['ai', 'au', 'ad', 'filter_ai', 'filter_au', 'filter_ad'].map((s) => ({ name: `${c}$search_${s}`, type: 'trigger' as const, sql: '' }))
  return [...triggers, ...tables]
}

/**
 * Creates each declared search index, or recreates it when its definition changed,
 * and fills it from the rows already there. Indexes no longer declared are left alone:
 * their triggers still keep them in step.
 */
export function ensureSearchIndexes(store: Store, db: BetterSqlite3.Database, specs: readonly SearchIndexSpec[]): void {
  const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`)
  for (const spec of specs) {
    const { statements, fill } = schemaOf(spec)
    store.table(spec.collection)
    const present = new Set(allNames(spec).filter((s) => existing.get(s.name)).map((s) => s.name))
    const current = present.size === statements.length && statements.every((s) => (existing.get(s.name) as { sql: string } | undefined)?.sql === s.sql)
    if (current) continue
    db.transaction(() => {
      for (const s of allNames(spec)) db.exec(`DROP ${s.type === 'trigger' ? 'TRIGGER' : 'TABLE'} IF EXISTS "${s.name}"`)
      for (const s of statements) db.exec(s.sql)
      for (const sql of fill) db.exec(sql)
    })()
  }
}
