/**
 * Database.search for the cloud, which has no full-text index: each term becomes a
 * case-insensitive regular expression (the term escaped, so it is always literal) on
 * every searchable field, the terms are AND-ed with the caller's where, and matches are
 * scored here. Only the port's standard calls are used, so the embedded database runs
 * this exact code in the tests.
 *
 * Cost: ordering by score reads every match (pages of 1000, searchable fields only);
 * ordering by a field lets the database sort and reads one page.
 */
import type { Condition, Database, Doc, SearchIndexSpec, SearchRequest, SearchResult } from './port'
import { SEARCH_INDEXES } from './indexes'
import { countOccurrences, normalizeSearchRequest, searchIndexFor, searchWeights } from './search-request'

type StandardDb = Pick<Database, 'collection' | 'command' | 'RegExp'>

const PAGE = 1000

export function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function scoreOf(doc: Doc, spec: SearchIndexSpec, weights: number[], terms: string[]): number {
  let score = 0
  spec.fields.forEach((f, i) => {
    const value = doc[f]
    if (typeof value !== 'string') return
    for (const term of terms) score += weights[i] * countOccurrences(value, term)
  })
  return score
}

export async function regexpSearch(
  db: StandardDb,
  collection: string,
  request: SearchRequest,
  specs: readonly SearchIndexSpec[] = SEARCH_INDEXES
): Promise<SearchResult> {
  const { terms, where, orderBy, skip, limit, field } = normalizeSearchRequest(request)
  const spec = searchIndexFor(specs, collection)
  const weights = searchWeights(spec)
  const _ = db.command
  const parts: Condition[] = where ? [where] : []
  for (const term of terms) {
    const re = () => db.RegExp({ regexp: escapeRegExp(term), options: 'i' })
    parts.push(_.or(spec.fields.map((f) => ({ [f]: re() }))))
  }
  const coll = db.collection(collection)
  const query = parts.length === 0 ? coll : coll.where(parts.length === 1 ? parts[0] : _.and(parts))
  const scoring: Record<string, boolean> = { _id: true }
  for (const f of spec.fields) scoring[f] = true

  let page: Array<{ _id: string; _score: number }>
  let total: number
  if (orderBy === 'score') {
    const all: Array<{ _id: string; _score: number }> = []
    // walked in _id order from the last _id read, never by skip (decision 0016)
    for (let last: string | null = null; ; ) {
      const after: Condition[] = last === null ? parts : [...parts, { _id: _.gt(last) }]
      const batch = after.length === 0 ? coll : coll.where(after.length === 1 ? after[0] : _.and(after))
      const { data } = await batch.orderBy('_id', 'asc').field(scoring).limit(PAGE).get()
      for (const d of data) all.push({ _id: d._id, _score: scoreOf(d, spec, weights, terms) })
      if (data.length < PAGE) break
      last = data[data.length - 1]._id
    }
    all.sort((a, b) => b._score - a._score || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    total = all.length
    page = all.slice(skip, skip + limit)
  } else {
    const [counted, { data }] = await Promise.all([
      query.count(),
      query.orderBy(orderBy.field, orderBy.direction).field(scoring).skip(skip).limit(limit).get()
    ])
    total = counted.total
    page = data.map((d) => ({ _id: d._id, _score: scoreOf(d, spec, weights, terms) }))
  }
  if (page.length === 0) return { data: [], total }

  // Second read: the page's documents with the caller's projection (the _id is needed to
  // put them back in order, and dropped afterwards if the caller excluded it).
  const dropId = field?._id === false || (field?._id as unknown) === 0
  const projection = field ? { ...field, _id: true } : undefined
  let docsQuery = db.collection(collection).where({ _id: _.in(page.map((p) => p._id)) }).limit(page.length)
  if (projection) docsQuery = docsQuery.field(projection)
  const { data: docs } = await docsQuery.get()
  const byId = new Map(docs.map((d) => [d._id, d]))
  const data: SearchResult['data'] = []
  for (const { _id, _score } of page) {
    const doc = byId.get(_id)
    if (!doc) continue // removed between the two reads
    const out = { ...doc, _score }
    if (dropId) delete (out as Partial<Doc>)._id
    data.push(out)
  }
  return { data, total }
}
