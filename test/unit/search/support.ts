/**
 * Both search implementations over one real embedded database: `fts` is the database's
 * own search (SQLite FTS5), `regexp` is the cloud fallback running on the same data
 * through the standard port calls.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SEARCH_INDEXES } from '../../../cloudfunctions/api/src/db/indexes'
import type { SearchIndexSpec, SearchRequest, SearchResult } from '../../../cloudfunctions/api/src/db/port'
import { regexpSearch } from '../../../cloudfunctions/api/src/db/search'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'

export interface SearchBed {
  file: string
  db: SqliteDatabase
  fts(request: SearchRequest, collection?: string): Promise<SearchResult>
  regexp(request: SearchRequest, collection?: string): Promise<SearchResult>
  /** closes and opens the same file again, e.g. with other search indexes */
  reopen(searchIndexes?: SearchIndexSpec[]): void
  close(): void
}

/** `null`: open without search indexes */
export function openSearchBed(declared: SearchIndexSpec[] | null = SEARCH_INDEXES): SearchBed {
  const searchIndexes = declared ?? undefined
  const file = path.join(os.tmpdir(), `qsj-search-${process.pid}-${randomUUID()}.sqlite`)
  // the fallback searches the fields the database was last opened with
  let specs = searchIndexes ?? SEARCH_INDEXES
  const bed: SearchBed = {
    file,
    db: openSqliteDatabase({ file, searchIndexes }),
    fts: (request, collection = 'policies') => bed.db.search(collection, request),
    regexp: (request, collection = 'policies') => regexpSearch(bed.db, collection, request, specs),
    reopen: (next) => {
      bed.db.close()
      bed.db = openSqliteDatabase({ file, searchIndexes: next })
      specs = next ?? specs
    },
    close: () => {
      bed.db.close()
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    }
  }
  return bed
}

export const sortedIds = (r: SearchResult): string[] => r.data.map((d) => d._id).sort()
export const orderedIds = (r: SearchResult): string[] => r.data.map((d) => d._id)

/** Runs a request on both implementations; both must find exactly `expected` (any order). */
export async function expectBoth(bed: SearchBed, request: SearchRequest, expected: string[]): Promise<[SearchResult, SearchResult]> {
  const [a, b] = await Promise.all([bed.fts(request), bed.regexp(request)])
  const want = [...expected].sort()
  expect({ impl: 'fts', text: request.text, ids: sortedIds(a) }).toEqual({ impl: 'fts', text: request.text, ids: want })
  expect({ impl: 'regexp', text: request.text, ids: sortedIds(b) }).toEqual({ impl: 'regexp', text: request.text, ids: want })
  expect(a.total).toBe(expected.length)
  expect(b.total).toBe(expected.length)
  return [a, b]
}
