/**
 * Contract tests of runTransaction on the embedded database: single-document operations
 * only, buffered writes committed together, errors and rollback writing nothing, and
 * optimistic conflicts between interleaved transactions (retry, then TX_CONFLICT).
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DB_ERR, DbError, type IndexSpec, type Transaction } from '../../../cloudfunctions/api/src/db/port'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'

let file: string
let db: SqliteDatabase

function open(indexes?: IndexSpec[]) {
  db?.close()
  db = openSqliteDatabase({ file, indexes })
}

beforeEach(() => {
  file = path.join(os.tmpdir(), `qsj-db-${process.pid}-${randomUUID()}.sqlite`)
  db = openSqliteDatabase({ file })
})

afterEach(() => {
  db.close()
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
})

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (err: unknown) => err
  )
}

const get = async (collection: string, id: string) => (await db.collection(collection).doc(id).get()).data

/** A promise plus its resolver, to pause a transaction at a chosen point. */
function gate() {
  let open!: () => void
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

describe('runTransaction', () => {
  beforeEach(async () => {
    await db.collection('accounts').add({ data: { _id: 'a', balance: 100 } })
    await db.collection('accounts').add({ data: { _id: 'b', balance: 0 } })
  })

  it('commits writes to several documents together and resolves with the callback result', async () => {
    const result = await db.runTransaction(async (tx) => {
      const a = (await tx.collection('accounts').doc('a').get()).data!
      await tx.collection('accounts').doc('a').update({ data: { balance: (a.balance as number) - 30 } })
      await tx.collection('accounts').doc('b').update({ data: { balance: db.command.inc(30) } })
      const { _id } = await tx.collection('ledger').add({ data: { from: 'a', to: 'b', amount: 30, at: db.serverDate() } })
      return _id
    })
    expect(result).toMatch(/^[0-9a-f]{32}$/)
    expect((await get('accounts', 'a'))?.balance).toBe(70)
    expect((await get('accounts', 'b'))?.balance).toBe(30)
    const entry = await get('ledger', result)
    expect(entry).toMatchObject({ from: 'a', to: 'b', amount: 30 })
    expect(entry?.at).toBeInstanceOf(Date)
  })

  it('buffers writes: the transaction sees them, others do not until commit', async () => {
    const paused = gate()
    const outside: unknown[] = []
    const running = db.runTransaction(async (tx) => {
      await tx.collection('accounts').doc('a').update({ data: { balance: 1 } })
      await tx.collection('accounts').doc('c').set({ data: { balance: 5 } })
      await tx.collection('accounts').doc('b').remove()
      const seen = [
        (await tx.collection('accounts').doc('a').get()).data?.balance,
        (await tx.collection('accounts').doc('c').get()).data?.balance,
        (await tx.collection('accounts').doc('b').get()).data
      ]
      await paused.promise
      return seen
    })
    await new Promise((r) => setImmediate(r))
    outside.push((await get('accounts', 'a'))?.balance, await get('accounts', 'c'), (await get('accounts', 'b'))?.balance)
    paused.open()
    expect(await running).toEqual([1, 5, null])
    expect(outside).toEqual([100, null, 0])
    expect((await get('accounts', 'a'))?.balance).toBe(1)
    expect(await get('accounts', 'c')).toEqual({ _id: 'c', balance: 5 })
    expect(await get('accounts', 'b')).toBeNull()
  })

  it('offers single-document operations with the cloud results', async () => {
    await db.runTransaction(async (tx) => {
      const accounts = tx.collection('accounts')
      expect(await accounts.doc('missing').get()).toEqual({ data: null })
      expect(await accounts.doc('missing').update({ data: { x: 1 } })).toEqual({ stats: { updated: 0 } })
      expect(await accounts.doc('missing').remove()).toEqual({ stats: { removed: 0 } })
      expect(await accounts.doc('n').set({ data: { v: 1 } })).toEqual({ _id: 'n', stats: { updated: 0, created: 1 } })
      expect(await accounts.doc('n').set({ data: { v: 2 } })).toEqual({ _id: 'n', stats: { updated: 1, created: 0 } })
      expect(await accounts.add({ data: { _id: 'm', v: 3 } })).toEqual({ _id: 'm' })
      const dup = await rejection(accounts.add({ data: { _id: 'a' } }))
      expect(dup).toMatchObject({ errCode: DB_ERR.DUPLICATE_KEY })
    })
    expect(await get('accounts', 'n')).toEqual({ _id: 'n', v: 2 })
    expect(await get('accounts', 'm')).toEqual({ _id: 'm', v: 3 })
  })

  it('refuses queries inside a transaction with INVALID_PARAM', async () => {
    for (const attempt of [
      (tx: Transaction) => (tx.collection('accounts') as unknown as { where(c: object): unknown }).where({ balance: 0 }),
      (tx: Transaction) => (tx.collection('accounts') as unknown as { get(): unknown }).get(),
      (tx: Transaction) => (tx.collection('accounts') as unknown as { count(): unknown }).count()
    ]) {
      const e = await rejection(db.runTransaction(async (tx) => attempt(tx)))
      expect(e).toBeInstanceOf(DbError)
      expect(e).toMatchObject({ errCode: DB_ERR.INVALID_PARAM })
      expect((e as DbError).errMsg).toMatch(/single-document operations only/)
    }
  })

  it('an error thrown by the callback rejects with that error and writes nothing', async () => {
    const boom = new Error('boom')
    let runs = 0
    const e = await rejection(
      db.runTransaction(async (tx) => {
        runs++
        await tx.collection('accounts').doc('a').update({ data: { balance: 0 } })
        await tx.collection('ledger').add({ data: { _id: 'l1' } })
        throw boom
      })
    )
    expect(e).toBe(boom)
    expect(runs).toBe(1)
    expect((await get('accounts', 'a'))?.balance).toBe(100)
    expect(await get('ledger', 'l1')).toBeNull()
  })

  it('rollback(reason) rejects with the reason and writes nothing', async () => {
    const e = await rejection(
      db.runTransaction(async (tx) => {
        await tx.collection('accounts').doc('a').update({ data: { balance: 0 } })
        await tx.rollback('insufficient balance')
        return 'unreachable result'
      })
    )
    expect(e).toBe('insufficient balance')
    expect((await get('accounts', 'a'))?.balance).toBe(100)
    // rollback() without a reason rejects with undefined, as in the cloud
    expect(await rejection(db.runTransaction(async (tx) => tx.rollback()))).toBeUndefined()
  })

  it('a unique-index violation at commit rejects with DUPLICATE_KEY and writes nothing', async () => {
    open([{ collection: 'users', name: 'phone', fields: [{ field: 'phone', direction: 'asc' }], unique: true }])
    await db.collection('users').add({ data: { _id: 'u1', phone: '1' } })
    const e = await rejection(
      db.runTransaction(async (tx) => {
        await tx.collection('users').doc('u2').set({ data: { phone: '2' } })
        await tx.collection('users').doc('u3').set({ data: { phone: '1' } })
      })
    )
    expect(e).toMatchObject({ errCode: DB_ERR.DUPLICATE_KEY })
    expect(await get('users', 'u2')).toBeNull()
  })

  it('rejects a bad times argument and use of a finished transaction', async () => {
    expect(await rejection(db.runTransaction(async () => 1, 0))).toMatchObject({ errCode: DB_ERR.INVALID_PARAM })
    let leaked!: Transaction
    await db.runTransaction(async (tx) => {
      leaked = tx
    })
    expect(await rejection(leaked.collection('accounts').doc('a').get())).toMatchObject({ errCode: DB_ERR.INVALID_PARAM })
  })
})

describe('runTransaction conflicts', () => {
  beforeEach(async () => {
    await db.collection('counters').add({ data: { _id: 'c', value: 0, by: [] } })
  })

  /**
   * Transaction A reads the counter, then waits; transaction B increments the same
   * counter and commits; then A writes its increment and tries to commit.
   */
  async function interleave(timesForA?: number) {
    const aHasRead = gate()
    const bCommitted = gate()
    let runsOfA = 0
    const a = db.runTransaction(async (tx) => {
      runsOfA++
      const doc = (await tx.collection('counters').doc('c').get()).data!
      if (runsOfA === 1) {
        aHasRead.open()
        await bCommitted.promise
      }
      await tx.collection('counters').doc('c').update({
        data: { value: (doc.value as number) + 1, by: db.command.push('A') }
      })
      return runsOfA
    }, timesForA)
    await aHasRead.promise
    await db.runTransaction(async (tx) => {
      const doc = (await tx.collection('counters').doc('c').get()).data!
      await tx.collection('counters').doc('c').update({ data: { value: (doc.value as number) + 1, by: db.command.push('B') } })
    })
    bCommitted.open()
    return { a, runsOfA: () => runsOfA }
  }

  it('with times = 1 the loser rejects with TX_CONFLICT and the winner’s value stays', async () => {
    const { a, runsOfA } = await interleave(1)
    const e = await rejection(a)
    expect(e).toBeInstanceOf(DbError)
    expect(e).toMatchObject({ errCode: DB_ERR.TX_CONFLICT })
    expect((e as DbError).errMsg).toMatch(/^database\.runTransaction:fail -502005 transaction conflict/)
    expect(runsOfA()).toBe(1)
    expect(await get('counters', 'c')).toEqual({ _id: 'c', value: 1, by: ['B'] })
  })

  it('by default the loser re-runs from scratch and both increments land', async () => {
    const { a } = await interleave()
    expect(await a).toBe(2)
    expect(await get('counters', 'c')).toEqual({ _id: 'c', value: 2, by: ['B', 'A'] })
  })

  it('a plain write between read and commit also conflicts', async () => {
    const paused = gate()
    let runs = 0
    const a = db.runTransaction(async (tx) => {
      runs++
      const doc = (await tx.collection('counters').doc('c').get()).data!
      if (runs === 1) await paused.promise
      await tx.collection('counters').doc('c').update({ data: { value: (doc.value as number) + 10 } })
    }, 2)
    await new Promise((r) => setImmediate(r))
    await db.collection('counters').doc('c').update({ data: { value: db.command.inc(1) } })
    paused.open()
    await a
    expect(runs).toBe(2)
    expect((await get('counters', 'c'))?.value).toBe(11)
  })

  it('a document created after the transaction saw it absent conflicts', async () => {
    const paused = gate()
    const a = db.runTransaction(async (tx) => {
      const existing = (await tx.collection('locks').doc('job').get()).data
      await paused.promise
      if (!existing) await tx.collection('locks').doc('job').set({ data: { owner: 'A' } })
    }, 1)
    await new Promise((r) => setImmediate(r))
    await db.collection('locks').add({ data: { _id: 'job', owner: 'B' } })
    paused.open()
    expect(await rejection(a)).toMatchObject({ errCode: DB_ERR.TX_CONFLICT })
    expect(await get('locks', 'job')).toEqual({ _id: 'job', owner: 'B' })
  })
})
