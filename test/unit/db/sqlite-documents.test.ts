/**
 * Contract tests of the embedded database (server/db/sqlite): document operations,
 * update operators, value encoding, persistence and unique indexes. Real SQLite files in
 * the OS temp directory, one per test.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DB_ERR, type IndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { dbError } from './support'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'

let file: string
let db: SqliteDatabase

/** (Re)opens the test's database file, closing the previous connection first. */
function reopen(indexes?: IndexSpec[]): SqliteDatabase {
  db?.close()
  db = openSqliteDatabase({ file, indexes })
  return db
}

beforeEach(() => {
  file = path.join(os.tmpdir(), `qsj-db-${process.pid}-${randomUUID()}.sqlite`)
  db = openSqliteDatabase({ file })
})

afterEach(() => {
  db.close()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
})

const revOf = (collection: string, id: string) =>
  (db.raw.prepare(`SELECT rev FROM "${collection}" WHERE _id = ?`).get(id) as { rev: number }).rev

describe('storage', () => {
  it('uses WAL and one table per collection with _id, data (JSON) and rev columns', async () => {
    await db.collection('users').add({ data: { name: 'a' } })
    expect(db.raw.pragma('journal_mode', { simple: true })).toBe('wal')
    const columns = db.raw.prepare(`PRAGMA table_info("users")`).all() as Array<{ name: string; type: string; pk: number }>
    expect(columns.map((c) => [c.name, c.type, c.pk])).toEqual([
      ['_id', 'TEXT', 1],
      ['data', 'TEXT', 0],
      ['rev', 'INTEGER', 0]
    ])
    const row = db.raw.prepare(`SELECT data FROM "users"`).get() as { data: string }
    expect(JSON.parse(row.data)).toEqual({ name: 'a' })
  })

  it('rejects invalid collection names with INVALID_PARAM', async () => {
    for (const name of ['bad-name', '1abc', 'a b', 'x"; DROP TABLE y; --', 'sqlite_master', '']) {
      const e = await dbError(db.collection(name).get())
      expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
    }
    expect((await db.collection('Good_Name_1').get()).data).toEqual([])
  })

  it('persists across close and reopen of the same file', async () => {
    await db.collection('notes').add({ data: { _id: 'n1', text: '你好', at: new Date('2026-03-01T08:00:00Z') } })
    await db.collection('notes').doc('n1').update({ data: { text: '再见' } })
    reopen()
    const { data } = await db.collection('notes').doc('n1').get()
    expect(data).toEqual({ _id: 'n1', text: '再见', at: new Date('2026-03-01T08:00:00Z') })
  })
})

describe('add and doc().get()', () => {
  it('generates a 32-hex _id when none is given and returns the stored document', async () => {
    const { _id } = await db.collection('users').add({ data: { name: 'Li', age: 3, nested: { ok: true }, list: [1, 'two'] } })
    expect(_id).toMatch(/^[0-9a-f]{32}$/)
    const { data } = await db.collection('users').doc(_id).get()
    expect(data).toEqual({ _id, name: 'Li', age: 3, nested: { ok: true }, list: [1, 'two'] })
  })

  it('keeps a caller-given _id', async () => {
    expect(await db.collection('users').add({ data: { _id: 'u-1', name: 'x' } })).toEqual({ _id: 'u-1' })
    expect((await db.collection('users').doc('u-1').get()).data).toEqual({ _id: 'u-1', name: 'x' })
  })

  it('rejects adding an existing _id with DUPLICATE_KEY and keeps the original', async () => {
    await db.collection('users').add({ data: { _id: 'u-1', name: 'first' } })
    const e = await dbError(db.collection('users').add({ data: { _id: 'u-1', name: 'second' } }))
    expect(e.errCode).toBe(DB_ERR.DUPLICATE_KEY)
    expect(e.errMsg).toMatch(/^collection\.add:fail -502001 /)
    expect((await db.collection('users').doc('u-1').get()).data).toEqual({ _id: 'u-1', name: 'first' })
  })

  it('resolves { data: null } for a missing document', async () => {
    expect(await db.collection('users').doc('nope').get()).toEqual({ data: null })
  })

  it('rejects data that is not an object and commands used as values', async () => {
    const users = db.collection('users')
    expect((await dbError(users.add({ data: null as unknown as Record<string, unknown> }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await dbError(users.add({ data: { n: db.command.inc(1) } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await dbError(users.add({ data: { n: NaN } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await users.count()).total).toBe(0)
  })
})

describe('doc().set()', () => {
  it('creates a missing document', async () => {
    const res = await db.collection('users').doc('s1').set({ data: { a: 1 } })
    expect(res).toEqual({ _id: 's1', stats: { updated: 0, created: 1 } })
    expect((await db.collection('users').doc('s1').get()).data).toEqual({ _id: 's1', a: 1 })
  })

  it('replaces an existing document whole (no merge)', async () => {
    await db.collection('users').add({ data: { _id: 's1', a: 1, nested: { x: 1, y: 2 } } })
    const res = await db.collection('users').doc('s1').set({ data: { nested: { x: 9 } } })
    expect(res).toEqual({ _id: 's1', stats: { updated: 1, created: 0 } })
    expect((await db.collection('users').doc('s1').get()).data).toEqual({ _id: 's1', nested: { x: 9 } })
  })

  it('refuses _id inside the data', async () => {
    const e = await dbError(db.collection('users').doc('s1').set({ data: { _id: 's1', a: 1 } }))
    expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
    expect(e.errMsg).toMatch(/^document\.set:fail -501001 invalid parameters\. /)
  })
})

describe('doc().update()', () => {
  const seed = () =>
    db.collection('users').add({
      data: { _id: 'u', name: 'n', profile: { city: 'hz', zip: '310000' }, n: 1, tags: ['a', 'b', 'a'], items: [{ k: 1, v: 'x' }, { k: 2 }] }
    })
  const current = async () => (await db.collection('users').doc('u').get()).data

  it('merges plain nested objects into existing ones (cloud semantics)', async () => {
    await seed()
    expect(await db.collection('users').doc('u').update({ data: { profile: { city: 'sh' }, extra: { deep: { x: 1 } } } })).toEqual({
      stats: { updated: 1 }
    })
    const doc = await current()
    expect(doc?.profile).toEqual({ city: 'sh', zip: '310000' })
    expect(doc?.extra).toEqual({ deep: { x: 1 } })
    expect(doc?.name).toBe('n')
  })

  it('sets dot paths, creating missing parents', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { 'profile.zip': '200000', 'a.b.c': 1 } })
    const doc = await current()
    expect(doc?.profile).toEqual({ city: 'hz', zip: '200000' })
    expect(doc?.a).toEqual({ b: { c: 1 } })
  })

  it('_.set replaces a field whole', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { profile: db.command.set({ city: 'bj' }) } })
    expect((await current())?.profile).toEqual({ city: 'bj' })
  })

  it('_.remove deletes a field, also by dot path', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { name: db.command.remove(), 'profile.zip': db.command.remove() } })
    const doc = await current()
    expect(doc).not.toHaveProperty('name')
    expect(doc?.profile).toEqual({ city: 'hz' })
  })

  it('_.inc adds to a number and starts a missing field at n', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { n: db.command.inc(5), fresh: db.command.inc(-2) } })
    const doc = await current()
    expect(doc?.n).toBe(6)
    expect(doc?.fresh).toBe(-2)
    const e = await dbError(db.collection('users').doc('u').update({ data: { name: db.command.inc(1) } }))
    expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
  })

  it('_.push appends one value or each value of an array, creating the array when missing', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { tags: db.command.push('c'), more: db.command.push(['x', 'y']) } })
    let doc = await current()
    expect(doc?.tags).toEqual(['a', 'b', 'a', 'c'])
    expect(doc?.more).toEqual(['x', 'y'])
    await db.collection('users').doc('u').update({ data: { tags: db.command.push(['d', 'e']) } })
    doc = await current()
    expect(doc?.tags).toEqual(['a', 'b', 'a', 'c', 'd', 'e'])
  })

  it('_.pull removes every equal element; an object removes elements having those fields', async () => {
    await seed()
    await db.collection('users').doc('u').update({ data: { tags: db.command.pull('a'), items: db.command.pull({ k: 1 }) } })
    const doc = await current()
    expect(doc?.tags).toEqual(['b'])
    expect(doc?.items).toEqual([{ k: 2 }])
  })

  it('refuses to update _id, empty data, and overlapping paths', async () => {
    await seed()
    for (const data of [{ _id: 'other' }, {}, { profile: { city: 'x' }, 'profile.city': 'y' }]) {
      const e = await dbError(db.collection('users').doc('u').update({ data }))
      expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
      expect(e.errMsg).toMatch(/^document\.update:fail -501001 invalid parameters\. /)
    }
    expect((await current())?.profile).toEqual({ city: 'hz', zip: '310000' })
  })

  it('resolves updated 0 for a missing document and does not create it', async () => {
    expect(await db.collection('users').doc('ghost').update({ data: { a: 1 } })).toEqual({ stats: { updated: 0 } })
    expect((await db.collection('users').doc('ghost').get()).data).toBeNull()
  })

  it('reports updated 0 when nothing changes, and bumps rev only on real writes', async () => {
    await seed()
    const r0 = revOf('users', 'u')
    expect(await db.collection('users').doc('u').update({ data: { name: 'n' } })).toEqual({ stats: { updated: 0 } })
    expect(revOf('users', 'u')).toBe(r0)
    await db.collection('users').doc('u').update({ data: { name: 'm' } })
    const r1 = revOf('users', 'u')
    expect(r1).toBeGreaterThan(r0)
    await db.collection('users').doc('u').set({ data: { name: 'z' } })
    expect(revOf('users', 'u')).toBeGreaterThan(r1)
  })
})

describe('doc().remove()', () => {
  it('removes the document and reports 1, then 0', async () => {
    await db.collection('users').add({ data: { _id: 'r', a: 1 } })
    expect(await db.collection('users').doc('r').remove()).toEqual({ stats: { removed: 1 } })
    expect((await db.collection('users').doc('r').get()).data).toBeNull()
    expect(await db.collection('users').doc('r').remove()).toEqual({ stats: { removed: 0 } })
  })
})

describe('values', () => {
  it('round-trips Dates, nested and in arrays, as Date instances', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z')
    await db.collection('events').add({ data: { _id: 'e', at, nested: { when: at }, list: [at, 'x'] } })
    const doc = (await db.collection('events').doc('e').get()).data!
    expect(doc.at).toBeInstanceOf(Date)
    expect((doc.at as Date).toISOString()).toBe(at.toISOString())
    expect((doc.nested as { when: Date }).when).toEqual(at)
    expect(doc.list).toEqual([at, 'x'])
  })

  it('stores dates as sortable marker strings that json_extract can compare', async () => {
    await db.collection('events').add({ data: { _id: 'e', at: new Date('2026-01-01T00:00:00.000Z') } })
    const row = db.raw.prepare(`SELECT json_extract(data, '$.at') AS at FROM "events"`).get() as { at: string }
    expect(row.at).toBe('\u0001D:2026-01-01T00:00:00.000Z')
  })

  it('keeps user strings that start with the date marker as strings', async () => {
    const tricky = '\u0001D:2026-01-01T00:00:00.000Z'
    await db.collection('events').add({ data: { _id: 'e', s: tricky, plain: '\u0001' } })
    const doc = (await db.collection('events').doc('e').get()).data!
    expect(doc.s).toBe(tricky)
    expect(doc.plain).toBe('\u0001')
    expect((await db.collection('events').where({ s: tricky }).get()).data).toHaveLength(1)
    expect((await db.collection('events').where({ s: db.command.lt(new Date('2030-01-01')) }).get()).data).toHaveLength(0)
  })

  it('replaces db.serverDate() with the current time in add, set, update and _.set', async () => {
    const before = Date.now()
    const events = db.collection('events')
    await events.add({ data: { _id: 'a', created: db.serverDate(), nested: { at: db.serverDate() }, list: [db.serverDate()] } })
    await events.doc('b').set({ data: { created: db.serverDate() } })
    await events.doc('a').update({ data: { touched: db.serverDate(), box: db.command.set({ at: db.serverDate() }) } })
    const after = Date.now()
    const a = (await events.doc('a').get()).data!
    const b = (await events.doc('b').get()).data!
    const dates = [a.created, (a.nested as { at: Date }).at, (a.list as Date[])[0], a.touched, (a.box as { at: Date }).at, b.created]
    for (const d of dates) {
      expect(d).toBeInstanceOf(Date)
      expect((d as Date).getTime()).toBeGreaterThanOrEqual(before)
      expect((d as Date).getTime()).toBeLessThanOrEqual(after)
    }
  })
})

describe('unique indexes', () => {
  const indexes: IndexSpec[] = [
    { collection: 'users', name: 'openid_unique', fields: [{ field: 'openid', direction: 'asc' }], unique: true },
    { collection: 'users', name: 'city_age', fields: [{ field: 'profile.city', direction: 'asc' }, { field: 'age', direction: 'desc' }] }
  ]

  it('creates expression indexes on json_extract at open', () => {
    reopen(indexes)
    const rows = db.raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users' AND sql IS NOT NULL`).all() as Array<{
      name: string
      sql: string
    }>
    expect(rows.map((r) => r.name).sort()).toEqual(['users__city_age', 'users__openid_unique'])
    expect(rows.find((r) => r.name === 'users__openid_unique')?.sql).toMatch(/^CREATE UNIQUE INDEX .*json_extract\(data, '\$\.openid'\)/)
    // Reopening with the same specs is a no-op.
    reopen(indexes)
  })

  it('turns violations on add, set and update into DUPLICATE_KEY without partial writes', async () => {
    reopen(indexes)
    const users = db.collection('users')
    await users.add({ data: { _id: 'a', openid: 'o1', n: 0 } })
    await users.add({ data: { _id: 'b', openid: 'o2', n: 0 } })
    expect((await dbError(users.add({ data: { openid: 'o1' } }))).errCode).toBe(DB_ERR.DUPLICATE_KEY)
    expect((await dbError(users.doc('c').set({ data: { openid: 'o2' } }))).errCode).toBe(DB_ERR.DUPLICATE_KEY)
    expect((await dbError(users.doc('b').update({ data: { openid: 'o1' } }))).errCode).toBe(DB_ERR.DUPLICATE_KEY)
    // A multi-document update that collides half-way leaves every document untouched.
    const e = await dbError(users.update({ data: { openid: 'same', n: 1 } }))
    expect(e.errCode).toBe(DB_ERR.DUPLICATE_KEY)
    expect(e.errMsg).toMatch(/^collection\.update:fail -502001 /)
    const { data } = await users.orderBy('_id', 'asc').get()
    expect(data).toEqual([
      { _id: 'a', openid: 'o1', n: 0 },
      { _id: 'b', openid: 'o2', n: 0 }
    ])
  })
})
