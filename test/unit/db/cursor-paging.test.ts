/**
 * Cursor paging (domain/paging.ts listPage, forEachBatch) on the embedded database: ties on
 * the sort key, null keys, writes between pages, the skip bound, and a real list followed
 * page by page through nextCursor.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DB_ERR, type Doc } from '../../../cloudfunctions/api/src/db/port'
import { DomainError } from '../../../cloudfunctions/api/src/domain/errors'
import { MAX_SKIP, forEachBatch, listPage, type ListSpec } from '../../../cloudfunctions/api/src/domain/paging'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'
import { openBed } from '../helpers'
import { CX, ok, seedCases, submitConsult } from '../cases/fixture'
import { dbError } from './support'

let file: string
let db: SqliteDatabase

beforeEach(() => {
  file = path.join(os.tmpdir(), `qsj-cursor-${process.pid}-${randomUUID()}.sqlite`)
  db = openSqliteDatabase({
    file,
    indexes: [{ collection: 'items', name: 'group_at', fields: [{ field: 'group', direction: 'asc' }, { field: 'at', direction: 'desc' }, { field: '_id', direction: 'desc' }] }]
  })
})

afterEach(() => {
  db.close()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
})

/** 10 items in group g, only three distinct `at` values: many ties */
async function seed(extra: Array<Record<string, unknown>> = []) {
  const ats = ['2026-01-03', '2026-01-02', '2026-01-01']
  for (let i = 0; i < 10; i++) await db.collection('items').add({ data: { _id: `i${i}`, group: 'g', at: ats[i % 3] } })
  await db.collection('items').add({ data: { _id: 'other', group: 'h', at: '2026-01-05' } })
  for (const d of extra) await db.collection('items').add({ data: d })
}

const spec = (dir: 'asc' | 'desc' = 'desc'): ListSpec => ({ where: { group: 'g' }, orderBy: ['at', dir] })
const id = (d: Record<string, unknown>) => d._id as string

/** every page by cursor; `between` runs after each page */
async function follow(s: ListSpec, pageSize: number, between?: (page: number) => Promise<void>) {
  const pages: string[][] = []
  let cursor: string | undefined
  for (let page = 1; page < 20; page++) {
    const p = await listPage(db, db.collection('items'), s, { page, pageSize, cursor }, id)
    pages.push(p.items)
    expect(p.hasMore).toBe(p.nextCursor !== undefined)
    if (!p.nextCursor) return pages
    cursor = p.nextCursor
    await between?.(page)
  }
  throw new Error('did not end')
}

/** the expected order: the key in the direction, ties by _id in the same direction */
async function sorted(dir: 'asc' | 'desc'): Promise<string[]> {
  const { data } = await db.collection('items').where({ group: 'g' }).get()
  // a missing key sorts as null
  const key = (d: Doc) => (d.at ?? null) as string | null
  const cmp = (a: Doc, b: Doc) => (key(a) === key(b) ? (a._id < b._id ? -1 : 1) : key(a) === null ? -1 : key(b) === null ? 1 : key(a)! < key(b)! ? -1 : 1)
  const asc = data.sort(cmp).map((d) => d._id)
  return dir === 'asc' ? asc : asc.reverse()
}

it('pages through ties on the sort key without overlap or gaps, in both directions', async () => {
  await seed()
  for (const dir of ['asc', 'desc'] as const) {
    for (const size of [1, 3, 4, 10]) {
      const pages = await follow(spec(dir), size)
      expect(pages.flat()).toEqual(await sorted(dir))
      expect(pages.every((p) => p.length <= size)).toBe(true)
    }
  }
})

it('the first page by number and by cursor agree, and page numbers still work for shallow pages', async () => {
  await seed()
  const first = await listPage(db, db.collection('items'), spec(), { page: 1, pageSize: 4 }, id)
  expect(first).toMatchObject({ total: 10, page: 1, pageSize: 4, hasMore: true })
  const second = await listPage(db, db.collection('items'), spec(), { page: 2, pageSize: 4 }, id)
  const byCursor = await listPage(db, db.collection('items'), spec(), { page: 2, pageSize: 4, cursor: first.nextCursor }, id)
  expect(byCursor.items).toEqual(second.items)
  expect(byCursor.total).toBe(10)
})

it('a write between pages neither repeats nor skips a row that was there', async () => {
  await seed()
  const before = await sorted('desc')
  const pages = await follow(spec(), 3, async (page) => {
    if (page === 1) {
      // a newer row lands before the cursor, an equal-key one on both sides, an older one after
      await db.collection('items').add({ data: { _id: 'a-new', group: 'g', at: '2026-01-09' } })
      await db.collection('items').add({ data: { _id: 'i0a', group: 'g', at: '2026-01-03' } })
      await db.collection('items').add({ data: { _id: 'z-old', group: 'g', at: '2025-12-31' } })
      // and a row already shown is edited
      await db.collection('items').doc('i0').update({ data: { seen: true } })
    }
  })
  const seen = pages.flat()
  expect(new Set(seen).size).toBe(seen.length)
  for (const row of before) expect(seen).toContain(row)
  expect(seen).not.toContain('a-new') // it sorts before the first page, which was already read
  expect(seen).toContain('z-old')
})

it('null sort keys come first ascending and last descending, and are paged like any key', async () => {
  await seed([
    { _id: 'n1', group: 'g', at: null },
    { _id: 'n2', group: 'g', at: null },
    { _id: 'n3', group: 'g' }
  ])
  for (const dir of ['asc', 'desc'] as const) {
    const pages = await follow(spec(dir), 2)
    expect(pages.flat()).toEqual(await sorted(dir))
  }
})

it('a cursor that is not one of ours is a clear input error', async () => {
  await seed()
  for (const cursor of ['nonsense', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[{"x":1},"i1"]').toString('base64url')]) {
    const e = await listPage(db, db.collection('items'), spec(), { page: 2, pageSize: 3, cursor }, id).catch((err: unknown) => err)
    expect(e).toBeInstanceOf(DomainError)
    expect(e).toMatchObject({ code: 'INVALID_INPUT' })
  }
})

it('no skip beyond the bound: the embedded database refuses it, and page numbers stop there', async () => {
  await seed()
  expect((await db.collection('items').skip(MAX_SKIP).limit(1).get()).data).toEqual([])
  const e = await dbError(db.collection('items').skip(MAX_SKIP + 1).limit(1).get())
  expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
  expect(e.errMsg).toContain(`skip must be at most ${MAX_SKIP}`)
  const deep = await listPage(db, db.collection('items'), spec(), { page: MAX_SKIP / 10 + 2, pageSize: 10 }, id).catch((err: unknown) => err)
  expect(deep).toMatchObject({ code: 'INVALID_INPUT' })
})

it('forEachBatch walks every match once, in _id order or by a key, batch after batch', async () => {
  await seed()
  const walked: string[] = []
  await forEachBatch(db, 'items', { group: 'g' }, (docs) => void walked.push(...docs.map(id)), { batch: 3 })
  expect(walked).toEqual((await sorted('asc')).slice().sort())
  const byKey: string[] = []
  await forEachBatch(db, 'items', { group: 'g' }, (docs) => void byKey.push(...docs.map(id)), { batch: 4, orderBy: ['at', 'desc'], field: { group: true } })
  expect(byKey).toEqual(await sorted('desc'))
})

it('我的办件 follows nextCursor to the end, newest first, ties by _id', async () => {
  const bed = openBed()
  try {
    await seedCases(bed)
    const made: string[] = []
    // the test clock stands still: every case has the same createdAt
    for (let i = 0; i < 7; i++) made.push((await submitConsult(bed))._id)
    const seen: string[] = []
    let cursor: string | undefined
    let page = 1
    for (;;) {
      const p = await ok(bed, CX.ownerA, 'case.mine', { pageSize: 3, page, ...(cursor ? { cursor } : {}) })
      expect(p.total).toBe(7)
      seen.push(...p.items.map((c: { _id: string }) => c._id))
      if (!p.nextCursor) break
      cursor = p.nextCursor
      page++
    }
    expect(seen).toEqual(made.slice().sort().reverse())
    const bad = await bed.call(CX.ownerA, 'case.mine', { cursor: 'x'.repeat(401) })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  } finally {
    bed.close()
  }
})
