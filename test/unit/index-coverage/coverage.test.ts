/**
 * The index-coverage check itself: the rules that decide whether a declared index serves a
 * query shape, and a real domain query that fails the check once its index is taken away,
 * named with the line under cloudfunctions/ that issued it.
 */
import { INDEXES, SMALL_COLLECTIONS } from '../../../cloudfunctions/api/src/db/indexes'
import type { IndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { openBed } from '../helpers'
import { CX, ok, seedCases, submitConsult } from '../cases/fixture'
import { indexServes, isCovered, originOf, recorded, recordingDatabase, shapesOf, uncoveredReport, type Shape } from './shapes'

const index = (collection: string, ...fields: Array<[string, 'asc' | 'desc']>): IndexSpec => ({
  collection,
  name: fields.map((f) => f[0]).join('_'),
  fields: fields.map(([field, direction]) => ({ field, direction }))
})
const shape = (s: Partial<Shape>): Shape => ({ collection: 'c', op: 'get', eq: [], range: [], sort: [], origin: 'cloudfunctions/x.ts:1:1', ...s })

describe('which index serves a shape', () => {
  const aB = index('c', ['a', 'asc'], ['b', 'desc'], ['_id', 'desc'])

  it('equality then the sort, in the index direction or all reversed', () => {
    expect(indexServes(aB, shape({ eq: ['a'], sort: [{ field: 'b', direction: 'desc' }, { field: '_id', direction: 'desc' }] }))).toBe(true)
    expect(indexServes(aB, shape({ eq: ['a'], sort: [{ field: 'b', direction: 'asc' }, { field: '_id', direction: 'asc' }] }))).toBe(true)
    // mixed directions cannot be read off the index
    expect(indexServes(aB, shape({ eq: ['a'], sort: [{ field: 'b', direction: 'desc' }, { field: '_id', direction: 'asc' }] }))).toBe(false)
    // a sort on a field the index does not hold next
    expect(indexServes(aB, shape({ eq: ['a'], sort: [{ field: 'c', direction: 'asc' }] }))).toBe(false)
  })

  it('the first field must select or sort; later equality fields are residual filters', () => {
    expect(indexServes(aB, shape({ eq: ['b'] }))).toBe(false)
    expect(indexServes(aB, shape({ eq: ['a', 'z'] }))).toBe(true)
    expect(indexServes(aB, shape({ range: ['a'] }))).toBe(true)
    expect(indexServes(aB, shape({ collection: 'other', eq: ['a'] }))).toBe(false)
  })

  it('_id, a count of everything and the small collections need no declared index; a whole-collection read does', () => {
    expect(isCovered([], shape({ eq: ['_id'] }))).toBe(true)
    expect(isCovered([], shape({ range: ['_id'], sort: [{ field: '_id', direction: 'asc' }] }))).toBe(true)
    expect(isCovered([], shape({ op: 'count' }))).toBe(true)
    expect(isCovered([], shape({}))).toBe(false)
    expect(isCovered([], shape({ collection: 'parks' }), SMALL_COLLECTIONS)).toBe(true)
  })

  it('reads equality and ranges out of conditions, commands and nested paths', () => {
    const bed = openBed()
    try {
      const _ = bed.db.command
      const [s] = shapesOf('c', 'get', { a: 1, b: _.in([1, 2]), c: _.gte(1).and(_.lt(3)), d: _.neq(1), e: /x/, f: { g: 'h' } }, [], 'o')
      expect(s).toMatchObject({ eq: ['a', 'b', 'f.g'], range: ['c'] })
      // a top-level or() stands on each branch; an or() inside and() is a residual filter
      expect(shapesOf('c', 'get', _.or([{ a: 1 }, { b: 2 }]), [], 'o').map((x) => x.eq)).toEqual([['a'], ['b']])
      expect(shapesOf('c', 'get', _.and([{ a: 1 }, _.or([{ b: 2 }, { c: 3 }])]), [], 'o').map((x) => x.eq)).toEqual([['a']])
    } finally {
      bed.close()
    }
  })

  it('names the first frame under cloudfunctions/, past the paging helpers', () => {
    const stack = [
      'Error',
      '    at record (/work/main/test/unit/coverage/shapes.ts:10:5)',
      '    at listPage (/work/main/cloudfunctions/api/src/domain/paging.ts:100:3)',
      '    at casesPage (/work/main/cloudfunctions/api/src/domain/cases/lists.ts:34:10)'
    ].join('\n')
    expect(originOf(stack)).toBe('cloudfunctions/api/src/domain/cases/lists.ts:34:10')
    expect(originOf('Error\n    at Object.<anonymous> (/work/main/test/unit/x.test.ts:1:1)')).toBeNull()
  })
})

describe('the check on real domain queries', () => {
  it('fails on the steward inbox once its index is not declared, naming the query and where it came from', async () => {
    const bed = openBed()
    const shapes: Shape[] = []
    try {
      await seedCases(bed)
      await submitConsult(bed)
      const db = recordingDatabase(bed.db, (s) => shapes.push(s))
      expect(db.raw).toBe(bed.db.raw)
      // the router of the bed records into the file's list; the inbox's shape is there
      const before = recorded.length
      await ok(bed, CX.stewardA, 'case.inbox', {})
      const inbox = recorded.slice(before).filter((s) => s.collection === 'cases' && s.op === 'get')
      expect(inbox).toEqual([expect.objectContaining({ eq: ['assigneeId', 'open'], origin: expect.stringMatching(/^cloudfunctions\/api\/src\/domain\/cases\/lists\.ts:\d+:\d+$/) })])

      expect(uncoveredReport(INDEXES, inbox, SMALL_COLLECTIONS)).toBeNull()
      // (open, nextDeadlineAt, _id) would serve it too, reading every open case: take both away
      const without = INDEXES.filter((i) => !(i.collection === 'cases' && ['assigneeId_open_nextDeadlineAt', 'open_nextDeadlineAt'].includes(i.name)))
      const report = uncoveredReport(without, inbox, SMALL_COLLECTIONS)
      expect(report).toMatch(/^1 query shape\(s\) not served by any index declared for the cloud/)
      expect(report).toMatch(/cases\.get eq\[assigneeId, open\] range\[\] sort\[nextDeadlineAt asc, _id asc\] @ cloudfunctions\/api\/src\/domain\/cases\/lists\.ts:\d+/)

      // queries issued from the test itself (setup, assertions) are not the domain's: not recorded
      await db.collection('cases').where({ text: 'x' }).get()
      expect(shapes).toEqual([])
    } finally {
      bed.close()
    }
  })

  it('fails on a query over a field no index holds, issued from cloudfunctions/', async () => {
    const bed = openBed()
    try {
      const before = recorded.length
      // notification.list is on an index; make a deliberately uncovered twin of its shape
      await ok(bed, CX.ownerA, 'notification.list', {})
      const [list] = recorded.slice(before).filter((s) => s.collection === 'notifications' && s.op === 'get')
      expect(isCovered(INDEXES, list)).toBe(true)
      const uncovered = { ...list, eq: ['kind'], sort: [{ field: 'title', direction: 'asc' as const }] }
      expect(uncoveredReport(INDEXES, [uncovered])).toContain(`notifications.get eq[kind] range[] sort[title asc] @ ${list.origin}`)
    } finally {
      bed.close()
    }
  })
})
