/**
 * Contract tests of the embedded database's queries: where-conditions (MongoDB-like, as
 * in the cloud), ordering, paging, projection, count and multi-document update/remove.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DB_ERR, type Condition, type Doc, type IndexSpec } from '../../../cloudfunctions/api/src/db/port'
import { dbError } from './support'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'
import { SqlParams, compileWhere } from '../../../server/db/sqlite/query-compiler'

let file: string
let db: SqliteDatabase

beforeEach(() => {
  file = path.join(os.tmpdir(), `qsj-db-${process.pid}-${randomUUID()}.sqlite`)
  db = openSqliteDatabase({ file })
})

afterEach(() => {
  db.close()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
})

const PEOPLE: Doc[] = [
  {
    _id: 'p1',
    name: 'Alice',
    age: 30,
    city: '杭州',
    tags: ['vip', 'new'],
    profile: { level: 3, city: 'hz' },
    active: true,
    joined: new Date('2025-01-10T00:00:00Z')
  },
  {
    _id: 'p2',
    name: 'bob',
    age: 25,
    city: '上海',
    tags: ['new'],
    profile: { level: 1, city: 'sh' },
    active: false,
    joined: new Date('2025-06-01T00:00:00Z')
  },
  {
    _id: 'p3',
    name: 'Carol',
    age: 35,
    city: '杭州市',
    tags: [],
    profile: { level: 2, city: 'hz' },
    active: true,
    joined: new Date('2026-02-01T00:00:00Z'),
    note: null
  },
  // age is a string and several fields are missing: exercises type bracketing and missing fields.
  { _id: 'p4', name: 'dave', age: '40', profile: { level: 5 }, flag: 1 }
]

async function seedPeople() {
  for (const p of PEOPLE) await db.collection('people').add({ data: p })
}

/** ids matching a condition, in insertion order */
async function ids(condition: Condition): Promise<string[]> {
  const { data } = await db.collection('people').where(condition).get()
  return data.map((d) => d._id)
}

describe('where: equality', () => {
  beforeEach(seedPeople)
  const _ = () => db.command

  it('matches literals and _.eq, by type (1 is not true, 40 is not "40")', async () => {
    expect(await ids({ name: 'bob' })).toEqual(['p2'])
    expect(await ids({ age: _().eq(30) })).toEqual(['p1'])
    expect(await ids({ age: 40 })).toEqual([])
    expect(await ids({ age: '40' })).toEqual(['p4'])
    expect(await ids({ active: true })).toEqual(['p1', 'p3'])
    expect(await ids({ flag: true })).toEqual([])
    expect(await ids({ flag: 1 })).toEqual(['p4'])
    expect(await ids({ name: 'bob', age: 30 })).toEqual([])
  })

  it('matches by _id', async () => {
    expect(await ids({ _id: 'p3' })).toEqual(['p3'])
    expect(await ids({ _id: _().in(['p1', 'p4']) })).toEqual(['p1', 'p4'])
  })

  it('null matches null and missing fields', async () => {
    expect(await ids({ note: null })).toEqual(['p1', 'p2', 'p3', 'p4'])
    expect(await ids({ city: null })).toEqual(['p4'])
  })

  it('follows dot paths and flattens nested objects (no whole-object match)', async () => {
    expect(await ids({ 'profile.city': 'hz' })).toEqual(['p1', 'p3'])
    expect(await ids({ profile: { city: 'hz' } })).toEqual(['p1', 'p3'])
    expect(await ids({ profile: { level: _().gte(3) } })).toEqual(['p1', 'p4'])
    // _.eq on an object is an exact whole-value match
    expect(await ids({ profile: _().eq({ level: 3, city: 'hz' }) })).toEqual(['p1'])
    expect(await ids({ profile: _().eq({ level: 3 }) })).toEqual([])
  })

  it('an array field matches when it contains the value; an array value matches exactly', async () => {
    expect(await ids({ tags: 'new' })).toEqual(['p1', 'p2'])
    expect(await ids({ tags: 'vip' })).toEqual(['p1'])
    expect(await ids({ tags: ['new'] })).toEqual(['p2'])
    expect(await ids({ tags: ['new', 'vip'] })).toEqual([])
    expect(await ids({ tags: [] })).toEqual(['p3'])
    expect(await ids({ 'tags.0': 'vip' })).toEqual(['p1'])
  })

  it('binds values as parameters: SQL in a value is just a string', async () => {
    expect(await ids({ name: "x' OR '1'='1" })).toEqual([])
    expect(await ids({ name: 'bob" OR 1=1 --' })).toEqual([])
    expect((await db.collection('people').count()).total).toBe(4)
  })
})

describe('where: commands', () => {
  beforeEach(seedPeople)
  const _ = () => db.command

  it('neq also matches documents missing the field', async () => {
    expect(await ids({ city: _().neq('杭州') })).toEqual(['p2', 'p3', 'p4'])
    expect(await ids({ tags: _().neq('new') })).toEqual(['p3', 'p4'])
  })

  it('gt / gte / lt / lte compare numbers with numbers only', async () => {
    expect(await ids({ age: _().gt(30) })).toEqual(['p3'])
    expect(await ids({ age: _().gte(30) })).toEqual(['p1', 'p3'])
    expect(await ids({ age: _().lt(30) })).toEqual(['p2'])
    expect(await ids({ age: _().lte(30) })).toEqual(['p1', 'p2'])
    expect(await ids({ age: _().gt('3') })).toEqual(['p4'])
  })

  it('compares strings in binary order', async () => {
    expect(await ids({ name: _().gte('C') })).toEqual(['p2', 'p3', 'p4'])
    expect(await ids({ name: _().lt('a') })).toEqual(['p1', 'p3'])
  })

  it('in / nin', async () => {
    expect(await ids({ age: _().in([25, 35, '40']) })).toEqual(['p2', 'p3', 'p4'])
    expect(await ids({ tags: _().in(['vip', 'x']) })).toEqual(['p1'])
    expect(await ids({ age: _().nin([25, 35]) })).toEqual(['p1', 'p4'])
    expect(await ids({ age: _().in([]) })).toEqual([])
  })

  it('exists', async () => {
    expect(await ids({ note: _().exists(true) })).toEqual(['p3'])
    expect(await ids({ city: _().exists(false) })).toEqual(['p4'])
    expect(await ids({ 'profile.city': _().exists(true) })).toEqual(['p1', 'p2', 'p3'])
  })

  it('field-level and / or, chained and as _.and([...]) / _.or([...])', async () => {
    expect(await ids({ age: _().gt(26).and(_().lt(34)) })).toEqual(['p1'])
    expect(await ids({ age: _().lt(26).or(_().gt(34)) })).toEqual(['p2', 'p3'])
    expect(await ids({ age: _().and([_().gte(25), _().lte(30)]) })).toEqual(['p1', 'p2'])
    expect(await ids({ age: _().or([_().eq(25), _().eq('40')]) })).toEqual(['p2', 'p4'])
  })

  it('top-level _.and / _.or, nested', async () => {
    expect(await ids(_().or([{ city: '上海' }, { age: _().gt(33) }]))).toEqual(['p2', 'p3'])
    expect(await ids(_().and([{ active: true }, { age: _().lt(31) }]))).toEqual(['p1'])
    expect(await ids(_().and([{ active: true }, _().or([{ tags: 'vip' }, { 'profile.level': 2 }])]))).toEqual(['p1', 'p3'])
  })

  it('rejects malformed conditions with INVALID_PARAM', async () => {
    const people = db.collection('people')
    const bad: unknown[] = [
      'name = 1',
      { age: _().inc(1) },
      { "a'b": 1 },
      { age: _().gt([1]) },
      _().or([_().gt(1)]),
      { age: _().in(5 as unknown as unknown[]) },
      { age: _().exists('yes' as unknown as boolean) }
    ]
    for (const condition of bad) {
      const e = await dbError(people.where(condition as Condition).get())
      expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
      expect(e.errMsg).toMatch(/^collection\.get:fail -501001 invalid parameters\. /)
    }
  })

  it('a second where() replaces the first', async () => {
    const { data } = await db.collection('people').where({ city: '上海' }).where({ age: 30 }).get()
    expect(data.map((d) => d._id)).toEqual(['p1'])
  })
})

describe('where: regular expressions', () => {
  beforeEach(seedPeople)

  it('JS RegExp, case-sensitive and with the i flag', async () => {
    expect(await ids({ name: /^a/ })).toEqual([])
    expect(await ids({ name: /^a/i })).toEqual(['p1'])
    expect(await ids({ name: /o/ })).toEqual(['p2', 'p3'])
  })

  it('db.RegExp with options', async () => {
    expect(await ids({ name: db.RegExp({ regexp: '^B' }) })).toEqual([])
    expect(await ids({ name: db.RegExp({ regexp: '^B', options: 'i' }) })).toEqual(['p2'])
    expect(await ids({ name: db.RegExp({ regexp: 'e$', options: 'im' }) })).toEqual(['p1', 'p4'])
  })

  it('matches Chinese text', async () => {
    expect(await ids({ city: db.RegExp({ regexp: '杭州' }) })).toEqual(['p1', 'p3'])
    expect(await ids({ city: /^杭州$/ })).toEqual(['p1'])
    expect(await ids({ city: db.RegExp({ regexp: '上.' }) })).toEqual(['p2'])
  })

  it('matches array elements, never dates or numbers', async () => {
    expect(await ids({ tags: /^vi/ })).toEqual(['p1'])
    expect(await ids({ joined: /2025/ })).toEqual([])
    expect(await ids({ age: /4/ })).toEqual(['p4'])
  })

  it('rejects unknown options and invalid patterns', async () => {
    for (const re of [db.RegExp({ regexp: 'a', options: 'x' }), db.RegExp({ regexp: '(' })]) {
      expect((await dbError(db.collection('people').where({ name: re }).get())).errCode).toBe(DB_ERR.INVALID_PARAM)
    }
  })
})

describe('dates in queries', () => {
  beforeEach(seedPeople)
  const _ = () => db.command

  it('compares with Date arguments', async () => {
    expect(await ids({ joined: _().gte(new Date('2025-06-01T00:00:00Z')) })).toEqual(['p2', 'p3'])
    expect(await ids({ joined: _().lt(new Date('2025-06-01T00:00:00Z')) })).toEqual(['p1'])
    expect(await ids({ joined: new Date('2026-02-01T00:00:00Z') })).toEqual(['p3'])
    expect(await ids({ joined: _().lt(db.serverDate()) })).toEqual(['p1', 'p2', 'p3'])
    // A date is not a string: string comparisons skip it.
    expect(await ids({ joined: _().gt('') })).toEqual([])
  })

  it('orders by date', async () => {
    const { data } = await db.collection('people').where({ joined: _().exists(true) }).orderBy('joined', 'desc').get()
    expect(data.map((d) => d._id)).toEqual(['p3', 'p2', 'p1'])
    expect(data[0].joined).toBeInstanceOf(Date)
  })
})

describe('orderBy, skip, limit, count, field', () => {
  async function seedScores() {
    const rows = [
      { _id: 's1', group: 'b', score: 10 },
      { _id: 's2', group: 'a', score: 5 },
      { _id: 's3', group: 'b', score: 30 },
      { _id: 's4', group: 'a', score: 50 },
      { _id: 's5', group: 'a', score: 5 }
    ]
    for (const r of rows) await db.collection('scores').add({ data: r })
  }
  const idsOf = (data: Doc[]) => data.map((d) => d._id)

  it('orders by several fields in order, asc and desc, ties in insertion order', async () => {
    await seedScores()
    const scores = db.collection('scores')
    expect(idsOf((await scores.orderBy('group', 'asc').orderBy('score', 'desc').get()).data)).toEqual(['s4', 's2', 's5', 's3', 's1'])
    expect(idsOf((await scores.orderBy('score', 'asc').get()).data)).toEqual(['s2', 's5', 's1', 's3', 's4'])
    expect(idsOf((await scores.orderBy('group', 'desc').orderBy('score', 'asc').get()).data)).toEqual(['s1', 's3', 's2', 's5', 's4'])
  })

  it('skip and limit page through the ordered results', async () => {
    await seedScores()
    const page = (await db.collection('scores').orderBy('score', 'desc').skip(1).limit(2).get()).data
    expect(idsOf(page)).toEqual(['s3', 's1'])
    expect(idsOf((await db.collection('scores').orderBy('score', 'desc').skip(4).get()).data)).toEqual(['s5'])
  })

  it('count ignores skip and limit', async () => {
    await seedScores()
    const q = db.collection('scores').where({ group: 'a' })
    expect(await q.skip(1).limit(1).count()).toEqual({ total: 3 })
    expect(await db.collection('scores').count()).toEqual({ total: 5 })
  })

  it('returns at most 1000 documents by default and refuses a limit above 1000', async () => {
    // 1005 documents inserted in one SQLite transaction (fast), through the same schema.
    await db.collection('bulk').count()
    const insert = db.raw.prepare(`INSERT INTO "bulk" (_id, data, rev) VALUES (?, ?, 1)`)
    db.raw.transaction(() => {
      for (let i = 0; i < 1005; i++) insert.run(`b${String(i).padStart(4, '0')}`, JSON.stringify({ i }))
    })()
    const bulk = db.collection('bulk')
    expect((await bulk.get()).data).toHaveLength(1000)
    expect((await bulk.count()).total).toBe(1005)
    expect((await bulk.skip(1000).get()).data.map((d) => d.i)).toEqual([1000, 1001, 1002, 1003, 1004])
    expect((await bulk.limit(1000).get()).data).toHaveLength(1000)

    const e = await dbError(bulk.limit(1001).get())
    expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
    expect(e.errMsg).toBe('collection.get:fail -501001 invalid parameters. limit must be an integer between 1 and 1000')
    for (const n of [0, -1, 1.5, NaN]) {
      expect((await dbError(bulk.limit(n).get())).errCode).toBe(DB_ERR.INVALID_PARAM)
    }
    expect((await dbError(bulk.skip(-1).get())).errCode).toBe(DB_ERR.INVALID_PARAM)
  })

  it('field() projects included fields (with _id unless excluded), dot paths, or exclusions', async () => {
    await seedPeople()
    const people = db.collection('people').where({ _id: 'p1' })
    expect((await people.field({ name: true }).get()).data).toEqual([{ _id: 'p1', name: 'Alice' }])
    expect((await people.field({ name: true, _id: false }).get()).data).toEqual([{ name: 'Alice' }])
    expect((await people.field({ 'profile.city': true, age: true }).get()).data).toEqual([{ _id: 'p1', age: 30, profile: { city: 'hz' } }])
    const [excluded] = (await people.field({ tags: false, profile: false, joined: false }).get()).data
    expect(excluded).toEqual({ _id: 'p1', name: 'Alice', age: 30, city: '杭州', active: true })
    expect((await dbError(people.field({ name: true, age: false }).get())).errCode).toBe(DB_ERR.INVALID_PARAM)
  })
})

describe('where().update() and where().remove()', () => {
  beforeEach(seedPeople)

  it('updates every match and reports how many changed', async () => {
    const res = await db.collection('people').where({ 'profile.city': 'hz' }).update({ data: { visited: true, age: db.command.inc(1) } })
    expect(res).toEqual({ stats: { updated: 2 } })
    const { data } = await db.collection('people').where({ visited: true }).get()
    expect(data.map((d) => [d._id, d.age])).toEqual([
      ['p1', 31],
      ['p3', 36]
    ])
    expect((await db.collection('people').doc('p2').get()).data).not.toHaveProperty('visited')
    // Setting values already there changes nothing.
    expect(await db.collection('people').where({ visited: true }).update({ data: { visited: true } })).toEqual({ stats: { updated: 0 } })
  })

  it('removes every match and reports how many', async () => {
    expect(await db.collection('people').where({ tags: 'new' }).remove()).toEqual({ stats: { removed: 2 } })
    expect((await db.collection('people').get()).data.map((d) => d._id)).toEqual(['p3', 'p4'])
    expect(await db.collection('people').where({ tags: 'new' }).remove()).toEqual({ stats: { removed: 0 } })
  })
})

describe('index use', () => {
  it('an equality query on an indexed field is answered from the expression index', async () => {
    db.close()
    db = openSqliteDatabase({ file, indexes: [{ collection: 'users', name: 'openid', fields: [{ field: 'openid', direction: 'asc' }] }] })
    await db.collection('users').add({ data: { openid: 'o1' } })
    const params = new SqlParams()
    const where = compileWhere({ openid: 'o1' }, params, new Date())
    const plan = db.raw.prepare(`EXPLAIN QUERY PLAN SELECT _id FROM "users" WHERE ${where}`).all(...params.values) as Array<{ detail: string }>
    const details = plan.map((p) => p.detail)
    expect(details.some((d) => d.includes('USING INDEX users__openid'))).toBe(true)
    expect(details.some((d) => /^SCAN users\b/.test(d))).toBe(false)
  })
})

describe('scalar indexed fields', () => {
  const ticketIndexes = (array = false) => [
    { collection: 'tickets', name: 'owner_due', fields: [{ field: 'owner', direction: 'asc' as const }, { field: 'due', direction: 'asc' as const }] },
    { collection: 'tickets', name: 'labels', fields: [{ field: 'labels', direction: 'asc' as const, array }] }
  ]
  const reopen = (indexes: IndexSpec[]) => {
    db.close()
    db = openSqliteDatabase({ file, indexes })
  }
  const plan = (condition: Condition, order: string) => {
    const params = new SqlParams()
    const where = compileWhere(condition, params, new Date(), new Set(['owner', 'due']))
    const rows = db.raw.prepare(`EXPLAIN QUERY PLAN SELECT _id FROM "tickets" WHERE ${where} ORDER BY ${order}`).all(...params.values) as Array<{ detail: string }>
    return rows.map((r) => r.detail).join('\n')
  }

  it('equality on the first field and a range on the second use both fields of a compound index, and its order', async () => {
    reopen(ticketIndexes(true))
    await db.collection('tickets').add({ data: { owner: 'a', due: 3 } })
    const detail = plan({ owner: 'a', due: db.command.lt(5) }, `json_extract(data, '$.due') ASC`)
    expect(detail).toContain('USING INDEX tickets__owner_due (<expr>=? AND <expr><?)')
    expect(detail).not.toContain('TEMP B-TREE')
    // in() on a scalar is one IN list: each value is an index seek
    expect(plan({ owner: db.command.in(['a', 'b']) }, `json_extract(data, '$.owner')`)).toContain('USING INDEX tickets__owner_due (<expr>=?)')
  })

  it('ranges and equality on a scalar field match what they match on any field, whatever the field holds', async () => {
    reopen(ticketIndexes(true))
    const values: unknown[] = [0, 1, 5, -2, 2.5, true, false, null, '', 'a', '2026-01-01T00:00:00.000Z', '{x', '\u0001x', 'zz', '中文', new Date('2026-01-01T00:00:00Z'), { k: 1 }, { k: 'a' }]
    for (const [i, due] of values.entries()) {
      await db.collection('tickets').add({ data: { _id: `t${i}`, owner: 'a', due } })
      await db.collection('plain').add({ data: { _id: `t${i}`, owner: 'a', due } })
    }
    await db.collection('tickets').add({ data: { _id: 'missing', owner: 'a' } })
    await db.collection('plain').add({ data: { _id: 'missing', owner: 'a' } })
    const _ = db.command
    const args: unknown[] = [-1, 0, 0.5, 1, 3, 10, '', 'a', '2026', '{', '{z', '\u0001', 'zzz', '中', new Date('2025-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')]
    const ids = async (collection: string, cond: Condition) => (await db.collection(collection).where(cond).orderBy('_id', 'asc').get()).data.map((d) => d._id)
    for (const arg of args) {
      for (const op of ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'] as const) {
        const where = { owner: 'a', due: _[op](arg) }
        expect({ arg, op, ids: await ids('tickets', where) }).toEqual({ arg, op, ids: await ids('plain', where) })
      }
    }
  })

  it('a field declared boolean holds true, false or null only, and {f: true} is then the index value alone', async () => {
    reopen([...ticketIndexes(true), { collection: 'tickets', name: 'done', fields: [{ field: 'done', direction: 'asc' as const, boolean: true }] }])
    const tickets = db.collection('tickets')
    await tickets.add({ data: { _id: 'y', done: true } })
    await tickets.add({ data: { _id: 'n', done: false } })
    await tickets.add({ data: { _id: 'z', done: null } })
    await tickets.add({ data: { _id: 'm' } })
    for (const bad of [1, 0, 'true', { v: true }, [true]]) {
      expect((await dbError(tickets.add({ data: { done: bad } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
      expect((await dbError(tickets.doc('y').update({ data: { done: bad } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    }
    const _ = db.command
    const ids = async (cond: Condition) => (await tickets.where(cond).orderBy('_id', 'asc').get()).data.map((d) => d._id)
    expect(await ids({ done: true })).toEqual(['y'])
    expect(await ids({ done: false })).toEqual(['n'])
    expect(await ids({ done: _.neq(true) })).toEqual(['m', 'n', 'z'])
    expect(await ids({ done: _.in([true, null]) })).toEqual(['m', 'y', 'z'])
    expect(await ids({ done: 1 })).toEqual([])
    const params = new SqlParams()
    expect(compileWhere({ done: true }, params, new Date(), new Set(['done']), new Set(['done']))).toBe(`(json_extract(data, '$.done') = ?)`)
    // a data folder that already holds a number there (written before the declaration) does not open
    db.raw.exec(`DROP TRIGGER tickets__scalar_upd`)
    db.raw.exec(`UPDATE tickets SET data = json_set(data, '$.done', 1) WHERE _id = 'y'`)
    db.close()
    expect(() => openSqliteDatabase({ file, indexes: [{ collection: 'tickets', name: 'done', fields: [{ field: 'done', direction: 'asc', boolean: true }] }] })).toThrow(/document 'y' of 'tickets'/)
    db = openSqliteDatabase({ file })
  })

  it('refuses to store an array in a scalar indexed field, on every write path', async () => {
    reopen(ticketIndexes(true))
    const tickets = db.collection('tickets')
    await tickets.add({ data: { _id: 't1', owner: 'a', due: 1, labels: ['x', 'y'] } })
    expect((await dbError(tickets.add({ data: { owner: ['a'], due: 1 } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await dbError(tickets.doc('t1').update({ data: { due: [1, 2] } }))).errMsg).toContain('array in a scalar indexed field of tickets')
    expect((await dbError(tickets.doc('t2').set({ data: { owner: ['b'] } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await dbError(tickets.where({ owner: 'a' }).update({ data: { owner: ['c'] } }))).errCode).toBe(DB_ERR.INVALID_PARAM)
    const tx = db.runTransaction(async (t) => {
      await t.collection('tickets').doc('t1').update({ data: { owner: ['d'] } })
    })
    expect((await dbError(tx)).errCode).toBe(DB_ERR.INVALID_PARAM)
    expect((await tickets.doc('t1').get()).data).toMatchObject({ owner: 'a', due: 1 })
    // a field marked array keeps the any-element match, as in the cloud
    expect((await tickets.where({ labels: 'y' }).get()).data.map((d) => d._id)).toEqual(['t1'])
    // objects and null are fine in a scalar field
    await tickets.add({ data: { owner: { name: 'n' }, due: null } })
  })

  it('opening a data folder that already holds an array in a newly scalar field fails and names it', async () => {
    await db.collection('tickets').add({ data: { _id: 'old', owner: ['a'] } })
    db.close()
    expect(() => openSqliteDatabase({ file, indexes: ticketIndexes() })).toThrow(/document 'old' of 'tickets' holds an array/)
    db = openSqliteDatabase({ file })
  })

  it('drops indexes it made that are no longer declared', async () => {
    reopen(ticketIndexes(true))
    reopen([ticketIndexes(true)[0]])
    const names = (db.raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'`).all() as Array<{ name: string }>).map((r) => r.name)
    expect(names.filter((n) => n.startsWith('tickets__'))).toEqual(['tickets__owner_due'])
  })
})
