/**
 * Database.search on SQLite, over the tables of search-schema.ts.
 *
 * - Terms of 3+ characters are FTS5 phrases, quoted, so the user's text is never query
 *   syntax; ranked with bm25, the fields weighted by importance.
 * - Terms of 1–2 characters are shorter than a trigram. As every indexed value ends with
 *   sentinels, every occurrence of such a term starts a trigram: the vocabulary table
 *   lists trigrams by prefix (an index range), which finds the documents and counts the
 *   occurrences for a score, without scanning any text.
 * - The where filter goes through the query compiler, so it means exactly what where()
 *   means; it runs on the small filter copy when it only names filterFields.
 * - One statement ranks the hits and counts them all; a second reads the page's documents.
 */
import type { Condition, SearchIndexSpec, SearchRequest, SearchResult } from '../../../cloudfunctions/api/src/db/port'
import {
  SEARCH_OP,
  charLength,
  normalizeSearchRequest,
  searchIndexFor,
  searchWeights
} from '../../../cloudfunctions/api/src/db/search-request'
import { isPlainObject } from './codec'
import { LogicNode } from './commands'
import { readBody, toDoc } from './documents'
import { run } from './errors'
import { fieldAccess, parseFieldPath } from './paths'
import { compileProjection, project } from './projection'
import { SqlParams, compileWhere } from './query-compiler'
import { searchTables } from './search-schema'
import type { Store } from './store'

export { ensureSearchIndexes } from './search-schema'

/** above every character, so [term, term + MAX_CHAR) is "starts with term" */
const MAX_CHAR = '\u{10FFFF}'

/** A term as an FTS5 string: inside double quotes only '"' is special (doubled). */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`

/** Top-level fields a condition names; null when it has a shape the compiler will reject anyway. */
function namedFields(condition: unknown, out: Set<string>): boolean {
  if (condition instanceof LogicNode) return Array.isArray(condition.operands) && condition.operands.every((o) => namedFields(o, out))
  if (!isPlainObject(condition)) return false
  for (const key of Object.keys(condition)) out.add(parseFieldPath(key)[0])
  return true
}

function coveredBy(filterFields: Set<string>, where: Condition | null, orderField: string | null): boolean {
  const named = new Set<string>()
  if (orderField !== null) named.add(parseFieldPath(orderField)[0])
  if (where && !namedFields(where, named)) return false
  return [...named].every((f) => f === '_id' || filterFields.has(f))
}

export function search(store: Store, specs: readonly SearchIndexSpec[], collection: string, request: SearchRequest): Promise<SearchResult> {
  return run(SEARCH_OP, collection, () => {
    const { terms, where, orderBy, skip, limit, field } = normalizeSearchRequest(request)
    const spec = searchIndexFor(specs, collection)
    const t = searchTables(spec)
    store.table(collection)
    const projection = field === undefined ? null : compileProjection(field)
    const orderField = orderBy === 'score' ? null : orderBy.field
    const weights = searchWeights(spec)

    // Bound parameters follow their placeholders' order in the text: term CTEs, WHERE, LIMIT.
    const p = new SqlParams()
    const ctes: string[] = []
    const sources: string[] = []
    const long = terms.filter((term) => charLength(term) >= 3)
    if (long.length > 0) {
      ctes.push(
        `m AS MATERIALIZED (SELECT rowid AS doc, -bm25(${t.fts}, ${weights.join(', ')}) AS score ` +
          `FROM ${t.fts} WHERE ${t.fts} MATCH ${p.bind(long.map(phrase).join(' AND '))})`
      )
      sources.push('m')
    }
    const weightOf = `CASE col ${weights.map((w, i) => `WHEN '${t.columns[i]}' THEN ${w}`).join(' ')} ELSE 0 END`
    terms
      .filter((term) => charLength(term) < 3)
      .forEach((term, i) => {
        // The vocabulary holds case-folded trigrams.
        const folded = term.toLowerCase()
        ctes.push(
          `s${i} AS MATERIALIZED (SELECT doc, SUM(${weightOf}) AS score FROM ${t.vocab} ` +
            `WHERE term >= ${p.bind(folded)} AND term < ${p.bind(folded + MAX_CHAR)} GROUP BY doc)`
        )
        sources.push(`s${i}`)
      })

    // The documents' fields are needed only to filter or sort; the small copy serves when it can.
    const needsFields = where !== null || orderField !== null
    const fields = t.filter && coveredBy(t.filterFields, where, orderField) ? t.filter : t.table
    const key = orderField === null ? 'NULL' : fieldAccess(orderField).value
    let hits: string
    if (sources.length === 0) {
      hits = `SELECT t.rowid AS doc, 0 AS score, ${key} AS k FROM ${fields} AS t`
    } else {
      const [first, ...rest] = sources
      // CROSS JOIN keeps this order: index hits first, then one rowid lookup per hit.
      const joins = rest.map((s) => `CROSS JOIN ${s} ON ${s}.doc = ${first}.doc`)
      if (needsFields) joins.push(`CROSS JOIN ${fields} AS t ON t.rowid = ${first}.doc`)
      hits = `SELECT ${first}.doc AS doc, ${sources.map((s) => `${s}.score`).join(' + ')} AS score, ${key} AS k FROM ${first} ${joins.join(' ')}`
    }
    if (where) hits += ` WHERE ${compileWhere(where, p, new Date())}`
    ctes.push(`hits AS MATERIALIZED (${hits})`)
    const order = orderBy === 'score' ? 'score DESC, doc ASC' : `k ${orderBy.direction === 'desc' ? 'DESC' : 'ASC'}, doc ASC`
    const ranked = `WITH ${ctes.join(', ')} SELECT c.total, pg.doc, pg.score FROM (SELECT count(*) AS total FROM hits) AS c LEFT JOIN (SELECT doc, score, k FROM hits ORDER BY ${order} LIMIT ? OFFSET ?) AS pg ORDER BY ${order}`

    return store.db.transaction(() => {
      // one read snapshot for both statements
      const rows = store.prepare(ranked).all(...p.values, limit, skip) as Array<{ total: number; doc: number | null; score: number }>
      const page = rows.filter((r) => r.doc !== null)
      const total = rows[0]?.total ?? 0
      if (page.length === 0) return { data: [], total }
      const docs = store
        .prepare(`SELECT rowid AS doc, _id, data FROM ${t.table} WHERE rowid IN (${page.map(() => '?').join(', ')})`)
        .all(...page.map((r) => r.doc)) as Array<{ doc: number; _id: string; data: string }>
      const byRow = new Map(docs.map((d) => [d.doc, d]))
      const data: SearchResult['data'] = []
      for (const r of page) {
        const d = byRow.get(r.doc!)
        if (d) data.push({ ...project(toDoc(d._id, readBody(d.data)), projection), _score: r.score })
      }
      return { data, total }
    })()
  })
}
