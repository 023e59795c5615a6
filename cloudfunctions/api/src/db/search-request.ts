/**
 * What both search implementations share: how the user's text becomes terms, how a
 * request is validated, and how much a hit in each field weighs. Keeping this in one
 * place is what makes the embedded and the cloud search match the same documents.
 */
import { DB_ERR, DbError, type Condition, type SearchIndexSpec, type SearchRequest } from './port'

export const SEARCH_DEFAULT_LIMIT = 20
export const SEARCH_MAX_LIMIT = 100
/** the deepest skip a search takes (as get() on the embedded database) */
export const SEARCH_MAX_SKIP = 5000

/** the operation named in error messages, as the cloud names its calls */
export const SEARCH_OP = 'collection.search'

export function searchParamError(detail: string): DbError {
  return new DbError(DB_ERR.INVALID_PARAM, `${SEARCH_OP}:fail ${DB_ERR.INVALID_PARAM} invalid parameters. ${detail}`)
}

// eslint-disable-next-line no-control-regex -- control characters are what we drop
const CONTROL = /[\u0000-\u001f\u007f]/g

/**
 * Text → distinct terms: split on any whitespace (full-width spaces too), control
 * characters dropped, repeats (ignoring Latin case) removed.
 */
export function searchTerms(text: string): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const raw of text.split(/\s+/)) {
    const term = raw.replace(CONTROL, '')
    const key = term.toLowerCase()
    if (term === '' || seen.has(key)) continue
    seen.add(key)
    terms.push(term)
  }
  return terms
}

/** Length in characters (code points), as the trigram tokenizer counts. */
export const charLength = (s: string): number => [...s].length

/** Field weights by position: each field counts twice the next one (title 8, …, body 1). */
export function searchWeights(spec: SearchIndexSpec): number[] {
  return spec.fields.map((_, i) => 2 ** (spec.fields.length - 1 - i))
}

export function searchIndexFor(specs: readonly SearchIndexSpec[], collection: string): SearchIndexSpec {
  const spec = specs.find((s) => s.collection === collection)
  if (!spec) throw searchParamError(`no search index is declared for collection '${collection}' (SEARCH_INDEXES)`)
  return spec
}

export interface NormalizedSearch {
  terms: string[]
  where: Condition | null
  orderBy: 'score' | { field: string; direction: 'asc' | 'desc' }
  skip: number
  limit: number
  field: Record<string, boolean> | undefined
}

/** Validates a request; throws an INVALID_PARAM DbError like the cloud's query rules. */
export function normalizeSearchRequest(request: SearchRequest): NormalizedSearch {
  if (!request || typeof request !== 'object') throw searchParamError('expected a search request object')
  const { text, where, orderBy = 'score', skip = 0, limit = SEARCH_DEFAULT_LIMIT, field } = request
  if (typeof text !== 'string') throw searchParamError('text must be a string')
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT) {
    throw searchParamError(`limit must be an integer between 1 and ${SEARCH_MAX_LIMIT}`)
  }
  if (!Number.isInteger(skip) || skip < 0) throw searchParamError('skip must be a non-negative integer')
  // as get()'s skip on the embedded database (decision 0016): deeper result pages are not offered
  if (skip > SEARCH_MAX_SKIP) throw searchParamError(`skip must be at most ${SEARCH_MAX_SKIP}`)
  if (orderBy !== 'score') {
    const ok =
      !!orderBy && typeof orderBy === 'object' && typeof orderBy.field === 'string' && orderBy.field !== '' && (orderBy.direction === 'asc' || orderBy.direction === 'desc')
    if (!ok) throw searchParamError(`orderBy must be 'score' or {field, direction: 'asc' | 'desc'}`)
  }
  if (where !== undefined && (where === null || typeof where !== 'object')) throw searchParamError('where must be an object')
  return { terms: searchTerms(text), where: where ?? null, orderBy, skip, limit, field }
}

/** Occurrences of `term` in `text`, ignoring Latin case (the count-based score of both sides). */
export function countOccurrences(text: string, term: string): number {
  const hay = text.toLowerCase()
  const needle = term.toLowerCase()
  if (needle === '') return 0
  let n = 0
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++
  return n
}
