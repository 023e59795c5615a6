/**
 * Database.search on SQLite, over the tables of search-schema.ts.
 *
 * - Terms of 3+ characters are FTS5 phrases, quoted, so the user's text is never query
 *   syntax; ranked with bm25, the fields weighted by importance.
 * - Terms of 1–2 characters are shorter than a trigram. As every indexed value ends with
 *   sentinels, every occurrence of such a term starts a trigram: the vocabulary lists the
 *   trigrams with that prefix (an index range), and the term becomes their OR in the same
 *   MATCH — found and ranked by the index, without scanning any text.
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

/** Collects the top-level fields a condition names; false for a shape the compiler will reject anyway. */
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

const isLong = (term: string) => charLength(term) >= 3

export function search(store: Store, specs: readonly SearchIndexSpec[], collection: string, request: SearchRequest): Promise<SearchResult> {
  return run(SEARCH_OP, collection, () => {
    const { terms, where, orderBy, skip, limit, field } = normalizeSearchRequest(request)
    const spec = searchIndexFor(specs, collection)
    const t = searchTables(spec)
    store.table(collection)
    const projection = field === undefined ? null : compileProjection(field)
    const orderField = orderBy === 'score' ? null : orderBy.field
    const key = orderField === null ? 'NULL' : fieldAccess(orderField).value
    // The documents' fields are needed only to filter or sort; the small copy serves when it can.
    const needsFields = where !== null || orderField !== null
    const fields = t.filter && coveredBy(t.filterFields, where, orderField) ? t.filter : t.table
    const weights = searchWeights(spec)

    // One read snapshot for every statement below.
    return store.db.transaction((): SearchResult => {
      const groups = terms.filter(isLong).map(phrase)
      for (const term of terms.filter((x) => !isLong(x))) {
        // The vocabulary holds case-folded trigrams.
        const folded = term.toLowerCase()
        const grams = store.prepare(`SELECT term FROM ${t.vocab} WHERE term >= ? AND term < ?`).all(folded, folded + MAX_CHAR) as Array<{ term: string }>
        if (grams.length === 0) return { data: [], total: 0 }
        groups.push(grams.length === 1 ? phrase(grams[0].term) : `(${grams.map((g) => phrase(g.term)).join(' OR ')})`)
      }

      // Bound parameters follow their placeholders' order in the text: MATCH, WHERE, LIMIT.
      const p = new SqlParams()
      const ctes: string[] = []
      let hits: string
      if (groups.length === 0) {
        hits = `SELECT t.rowid AS doc, 0 AS score, ${key} AS k FROM ${fields} AS t`
      } else {
        // materialized: bm25() only works in the MATCH's own query
        ctes.push(
          `m AS MATERIALIZED (SELECT rowid AS doc, -bm25(${t.fts}, ${weights.join(', ')}) AS score ` +
            `FROM ${t.fts} WHERE ${t.fts} MATCH ${p.bind(groups.join(' AND '))})`
        )
        // index hits first, then one rowid lookup each (CROSS JOIN keeps that order)
        hits = needsFields
          ? `SELECT m.doc AS doc, m.score AS score, ${key} AS k FROM m CROSS JOIN ${fields} AS t ON t.rowid = m.doc`
          : `SELECT doc, score, NULL AS k FROM m`
      }
      // the copy holds the document's own values, so a declared scalar field is a scalar here too
      if (where) hits += ` WHERE ${compileWhere(where, p, new Date(), store.scalarFields(collection), store.booleanFields(collection))}`
      ctes.push(`hits AS MATERIALIZED (${hits})`)
      const order = orderBy === 'score' ? 'score DESC, doc ASC' : `k ${orderBy.direction === 'desc' ? 'DESC' : 'ASC'}, doc ASC`
      const ranked =
        `WITH ${ctes.join(', ')} SELECT c.total, pg.doc, pg.score FROM (SELECT count(*) AS total FROM hits) AS c ` +
        `LEFT JOIN (SELECT doc, score, k FROM hits ORDER BY ${order} LIMIT ? OFFSET ?) AS pg ORDER BY ${order}`
      const rows = store.prepare(ranked).all(...p.values, limit, skip) as Array<{ total: number; doc: number | null; score: number }>
      const total = rows[0]?.total ?? 0
      const page = rows.filter((r) => r.doc !== null) as Array<{ doc: number; score: number }>
      if (page.length === 0) return { data: [], total }

      const docs = store
        .prepare(`SELECT rowid AS doc, _id, data FROM ${t.table} WHERE rowid IN (${page.map(() => '?').join(', ')})`)
        .all(...page.map((r) => r.doc)) as Array<{ doc: number; _id: string; data: string }>
      const byRow = new Map(docs.map((d) => [d.doc, d]))
      const data: SearchResult['data'] = []
      for (const r of page) {
        const d = byRow.get(r.doc)
        if (d) data.push({ ...project(toDoc(d._id, readBody(d.data)), projection), _score: r.score })
      }
      return { data, total }
    })()
  })
}
