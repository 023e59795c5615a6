/**
 * Database.search on SQLite: one FTS5 table per declared search index, with the trigram
 * tokenizer, so any substring of 3+ characters is an index lookup (Chinese needs no word
 * segmentation).
 *
 * - The FTS table is contentless (the text already lives in the collection's table) and
 *   keyed by the collection row's rowid. Triggers on the collection's table keep it in
 *   step, so every write path — add, set, update, where().update/remove, transaction
 *   commit, even raw SQL — maintains it. Rowids of these tables would only change under
 *   VACUUM, which the database never runs.
 * - Terms of 1–2 characters are shorter than a trigram. Every indexed value ends with two
 *   sentinel characters, so every occurrence of a 1–2 character term starts some trigram;
 *   the fts5vocab 'instance' table lists trigrams by prefix (an index range), which finds
 *   those documents, and counts occurrences for the score, without scanning the text.
 * - Terms of 3+ characters are FTS phrases, quoted, so the user's text is never query syntax.
 *
 * The where filter is compiled by the query compiler, so it means exactly what where() means.
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { SearchIndexSpec, SearchRequest, SearchResult } from '../../../cloudfunctions/api/src/db/port'
import {
  SEARCH_OP,
  charLength,
  normalizeSearchRequest,
  searchIndexFor,
  searchWeights
} from '../../../cloudfunctions/api/src/db/search-request'
import { readBody, toDoc } from './documents'
import { ParamError, run } from './errors'
import { fieldAccess, jsonPathLiteral, parseFieldPath, validateCollectionName } from './paths'
import { compileProjection, project } from './projection'
import { SqlParams, compileWhere } from './query-compiler'
import type { Store } from './store'

/** appended to every indexed value (see above); user terms never contain control characters */
const SENTINEL_SQL = 'char(3,3)'
/** above every character, so [term, term + MAX_CHAR) is "starts with term" */
const MAX_CHAR = '\u{10FFFF}'

interface SearchNames {
  table: string
  fts: string
  vocab: string
  triggers: { insert: string; update: string; remove: string }
}

function namesOf(collection: string): SearchNames {
  const c = validateCollectionName(collection)
  // '$' cannot appear in a collection name, so these never collide with a collection.
  return {
    table: `"${c}"`,
    fts: `"${c}$search"`,
    vocab: `"${c}$search_vocab"`,
    triggers: { insert: `"${c}$search_ai"`, update: `"${c}$search_au"`, remove: `"${c}$search_ad"` }
  }
}

const column = (i: number) => `f${i}`

function fieldPaths(spec: SearchIndexSpec): string[] {
  if (!Array.isArray(spec.fields) || spec.fields.length === 0) throw new ParamError(`search index '${spec.collection}' needs at least one field`)
  return spec.fields.map((f) => {
    const segments = parseFieldPath(f)
    if (segments[0] === '_id') throw new ParamError('_id cannot be a search field')
    return jsonPathLiteral(segments)
  })
}

/**
 * The text indexed for one field of a row: strings only (a date or any other value
 * indexes as nothing, as a regexp never matches one), the codec's escape prefix removed.
 */
function indexedText(row: 'new' | 'data', path: string): string {
  const data = row === 'new' ? 'new.data' : 'data'
  const v = `json_extract(${data}, ${path})`
  return (
    `(CASE WHEN json_type(${data}, ${path}) IS NOT 'text' THEN '' ` +
    `WHEN substr(${v}, 1, 3) = char(1,83,58) THEN substr(${v}, 4) ` +
    `WHEN substr(${v}, 1, 1) = char(1) THEN '' ELSE ${v} END || ${SENTINEL_SQL})`
  )
}

/** Every statement of one search index, in creation order; compared with sqlite_master at open. */
function schemaOf(spec: SearchIndexSpec): Array<{ name: string; type: 'table' | 'trigger'; sql: string }> {
  const n = namesOf(spec.collection)
  const paths = fieldPaths(spec)
  const cols = paths.map((_, i) => column(i))
  const insertRow = (row: 'new') =>
    `INSERT INTO ${n.fts} (rowid, ${cols.join(', ')}) VALUES (${row}.rowid, ${paths.map((p) => indexedText(row, p)).join(', ')});`
  const changed = paths.map((p) => `json_extract(old.data, ${p}) IS NOT json_extract(new.data, ${p})`).join(' OR ')
  const unquote = (s: string) => s.slice(1, -1)
  return [
    {
      name: unquote(n.fts),
      type: 'table',
      sql: `CREATE VIRTUAL TABLE ${n.fts} USING fts5(${cols.join(', ')}, tokenize='trigram', content='', contentless_delete=1)`
    },
    { name: unquote(n.vocab), type: 'table', sql: `CREATE VIRTUAL TABLE ${n.vocab} USING fts5vocab('${unquote(n.fts)}', 'instance')` },
    { name: unquote(n.triggers.insert), type: 'trigger', sql: `CREATE TRIGGER ${n.triggers.insert} AFTER INSERT ON ${n.table} BEGIN ${insertRow('new')} END` },
    {
      name: unquote(n.triggers.update),
      type: 'trigger',
      sql: `CREATE TRIGGER ${n.triggers.update} AFTER UPDATE OF data ON ${n.table} WHEN ${changed} BEGIN DELETE FROM ${n.fts} WHERE rowid = old.rowid; ${insertRow('new')} END`
    },
    { name: unquote(n.triggers.remove), type: 'trigger', sql: `CREATE TRIGGER ${n.triggers.remove} AFTER DELETE ON ${n.table} BEGIN DELETE FROM ${n.fts} WHERE rowid = old.rowid; END` }
  ]
}

/**
 * Creates each declared search index, or recreates it when its definition changed,
 * and fills it from the rows already there. Indexes no longer declared are left alone:
 * their triggers still keep them in step.
 */
export function ensureSearchIndexes(store: Store, db: BetterSqlite3.Database, specs: readonly SearchIndexSpec[]): void {
  const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`)
  for (const spec of specs) {
    const schema = schemaOf(spec)
    store.table(spec.collection)
    const current = schema.every((s) => (existing.get(s.name) as { sql: string } | undefined)?.sql === s.sql)
    if (current) continue
    const n = namesOf(spec.collection)
    const paths = fieldPaths(spec)
    db.transaction(() => {
      for (const s of [...schema].reverse()) db.exec(`DROP ${s.type === 'trigger' ? 'TRIGGER' : 'TABLE'} IF EXISTS "${s.name}"`)
      for (const s of schema) db.exec(s.sql)
      db.exec(
        `INSERT INTO ${n.fts} (rowid, ${paths.map((_, i) => column(i)).join(', ')}) ` +
          `SELECT rowid, ${paths.map((p) => indexedText('data', p)).join(', ')} FROM ${n.table}`
      )
    })()
  }
}

/** A term as an FTS5 string: inside double quotes only '"' is special (doubled). */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`

export function search(store: Store, specs: readonly SearchIndexSpec[], collection: string, request: SearchRequest): Promise<SearchResult> {
  return run(SEARCH_OP, collection, () => {
    const { terms, where, orderBy, skip, limit, field } = normalizeSearchRequest(request)
    const spec = searchIndexFor(specs, collection)
    const n = namesOf(collection)
    store.table(collection)
    const projection = field === undefined ? null : compileProjection(field)
    const order = orderBy === 'score' ? null : fieldAccess(orderBy.field).value
    const weights = searchWeights(spec)

    // Bound parameters must follow their placeholders' order in the text: CTEs, then WHERE.
    const p = new SqlParams()
    const long = terms.filter((t) => charLength(t) >= 3)
    const short = terms.filter((t) => charLength(t) < 3)
    const ctes: string[] = []
    const sources: string[] = []
    if (long.length > 0) {
      ctes.push(
        `m AS MATERIALIZED (SELECT rowid AS doc, -bm25(${n.fts}, ${weights.join(', ')}) AS score ` +
          `FROM ${n.fts} WHERE ${n.fts} MATCH ${p.bind(long.map(phrase).join(' AND '))})`
      )
      sources.push('m')
    }
    const weightOfColumn = `CASE col ${weights.map((w, i) => `WHEN '${column(i)}' THEN ${w}`).join(' ')} ELSE 0 END`
    short.forEach((term, i) => {
      // The vocabulary holds case-folded trigrams; the sentinel never starts a user term.
      const folded = term.toLowerCase()
      ctes.push(
        `s${i} AS MATERIALIZED (SELECT doc, SUM(${weightOfColumn}) AS score FROM ${n.vocab} ` +
          `WHERE term >= ${p.bind(folded)} AND term < ${p.bind(folded + MAX_CHAR)} GROUP BY doc)`
      )
      sources.push(`s${i}`)
    })

    let from: string
    let score: string
    if (sources.length === 0) {
      from = `${n.table} AS t`
      score = '0'
    } else {
      const [first, ...rest] = sources
      // CROSS JOIN keeps this order: index hits first, then one rowid lookup per hit.
      from = [first, ...rest.map((s) => `CROSS JOIN ${s} ON ${s}.doc = ${first}.doc`), `CROSS JOIN ${n.table} AS t ON t.rowid = ${first}.doc`].join(' ')
      score = sources.map((s) => `${s}.score`).join(' + ')
    }
    const filter = where ? compileWhere(where, p, new Date()) : '1'
    const withs = ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : ''
    const body = `FROM ${from} WHERE ${filter}`
    const orderSql = order === null ? 'score DESC, t.rowid ASC' : `${order} ${orderBy === 'score' ? '' : orderBy.direction.toUpperCase()}, t.rowid ASC`
    const rows = store
      .prepare(`${withs}SELECT t._id AS _id, t.data AS data, ${score} AS score, COUNT(*) OVER () AS total ${body} ORDER BY ${orderSql} LIMIT ? OFFSET ?`)
      .all(...p.values, limit, skip) as Array<{ _id: string; data: string; score: number; total: number }>
    // Past the last page no row carries the total: count separately.
    const total =
      rows.length > 0 ? rows[0].total : skip === 0 ? 0 : (store.prepare(`${withs}SELECT COUNT(*) AS total ${body}`).get(...p.values) as { total: number }).total
    return {
      total,
      data: rows.map((r) => ({ ...project(toDoc(r._id, readBody(r.data)), projection), _score: r.score }))
    }
  })
}
