/**
 * The outbox (decision 0013): a side effect is committed with its change, so a crash
 * between the commit and the delivery loses nothing; the sweep delivers it, once.
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { EFFECT_LEASE_MS, type EffectDoc } from '../../../cloudfunctions/api/src/domain/effects'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import type { Database } from '../../../cloudfunctions/api/src/db/port'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { fields, ok } from '../policies/fixture'
import { crashingDb, crashingRouter } from './crash'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  await ok(bed, FIX.ownerA, 'policy.follow', { category: '财税', on: true })
  await ok(bed, FIX.guest, 'policy.follow', { category: '财税', on: true })
})
afterEach(() => bed.close())

const sweep = (db: Database = bed.db) => runSweep({ db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })

async function toldOfNewPolicy(openid: string): Promise<NotificationDoc[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).limit(100).get()
  return (data as NotificationDoc[]).filter((n) => n.title.startsWith('新政策：'))
}

async function effects(): Promise<EffectDoc[]> {
  return (await bed.db.collection(COLLECTIONS.effects).limit(100).get()).data as EffectDoc[]
}

/** publishes through a router that dies as soon as the publication has committed */
async function publishThenCrash(): Promise<string> {
  const draft = await ok(bed, FIX.admin, 'policy.save', { fields: fields() })
  let effectsTouched = 0
  // the first touch of `effects` adds it inside the publication's transaction; the second
  // (claiming it to run right away) comes after the commit: die there
  const db = crashingDb(bed.db, (a) => a.collection === COLLECTIONS.effects && ++effectsTouched === 2)
  const r = await crashingRouter(bed, db)({ action: 'policy.publish', payload: { id: draft._id }, requestId: 'publish-crash-1' }, { openid: FIX.admin })
  expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(db.crashed).toBe(true)
  return draft._id
}

describe('policy publication', () => {
  it('without a crash, followers are told right away and the effect is done', async () => {
    const draft = await ok(bed, FIX.admin, 'policy.save', { fields: fields() })
    await ok(bed, FIX.admin, 'policy.publish', { id: draft._id })
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
    expect(await toldOfNewPolicy(FIX.guest)).toHaveLength(1)
    expect(await effects()).toEqual([expect.objectContaining({ kind: 'policy.published', ref: draft._id, state: 'done', attempts: 1 })])
    expect((await sweep()).effectsDelivered).toBe(0)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
  })

  it('a crash after the commit and before the delivery: the change and its effect are both there, nobody told yet', async () => {
    const id = await publishThenCrash()
    const { data: policy } = await bed.db.collection(COLLECTIONS.policies).doc(id).get()
    expect(policy).toMatchObject({ editStatus: 'published' })
    expect(await effects()).toEqual([expect.objectContaining({ kind: 'policy.published', ref: id, state: 'pending', attempts: 0 })])
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(0)
  })

  it('then the sweep delivers it exactly once', async () => {
    await publishThenCrash()
    expect((await sweep()).effectsDelivered).toBe(1)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
    expect(await toldOfNewPolicy(FIX.guest)).toHaveLength(1)
    expect(await effects()).toEqual([expect.objectContaining({ state: 'done' })])
    bed.clock.advanceDays(1)
    expect((await sweep()).effectsDelivered).toBe(0)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
    expect(await toldOfNewPolicy(FIX.guest)).toHaveLength(1)
  })

  it('a sweep that dies in the middle of the delivery: the next run after the lease finishes it, nobody told twice', async () => {
    await publishThenCrash()
    let added = 0
    // dies at the second follower notification: one follower has been told
    const dying = crashingDb(bed.db, (a) => !a.inTx && a.collection === COLLECTIONS.notifications && ++added === 2)
    await expect(sweep(dying)).rejects.toThrow('injected crash')
    const firstTold = (await toldOfNewPolicy(FIX.ownerA)).length + (await toldOfNewPolicy(FIX.guest)).length
    expect(firstTold).toBe(1)
    // the dead run still holds the lease: another run now leaves it alone
    expect((await sweep()).effectsDelivered).toBe(0)
    bed.clock.current = new Date(bed.clock.current.getTime() + EFFECT_LEASE_MS + 1000)
    expect((await sweep()).effectsDelivered).toBe(1)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
    expect(await toldOfNewPolicy(FIX.guest)).toHaveLength(1)
    expect(await effects()).toEqual([expect.objectContaining({ state: 'done', attempts: 2 })])
  })

  it('two sweeps at once deliver once', async () => {
    await publishThenCrash()
    const [a, b] = await Promise.all([sweep(), sweep()])
    expect(a.effectsDelivered + b.effectsDelivered).toBe(1)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(1)
    expect(await toldOfNewPolicy(FIX.guest)).toHaveLength(1)
  })

  it('withdrawn before the sweep came: nobody is told of it', async () => {
    const id = await publishThenCrash()
    await ok(bed, FIX.admin, 'policy.withdraw', { id, reason: '发布有误，撤回修改' })
    expect((await sweep()).effectsDelivered).toBe(1)
    expect(await toldOfNewPolicy(FIX.ownerA)).toHaveLength(0)
  })
})
