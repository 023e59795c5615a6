/** Notice delivery through the outbox: a crash right after publishing loses no recipient. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import type { EffectDoc } from '../../../cloudfunctions/api/src/domain/effects'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { NN, noticeInput, noticeNotifications, ok, seedContent } from '../content/fixture'
import { crashingDb, crashingRouter } from './crash'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedContent(bed)
})
afterEach(() => bed.close())

it('a crash between the publication and the delivery: the sweep delivers to each recipient once', async () => {
  const draft = await ok(bed, NN.admin, 'notice.save', noticeInput())
  let touched = 0
  // first touch of `effects`: added with the publication; second: claimed to run at once — die there
  const db = crashingDb(bed.db, (a) => a.collection === COLLECTIONS.effects && ++touched === 2)
  const r = await crashingRouter(bed, db)({ action: 'notice.publish', payload: { id: draft._id }, requestId: 'notice-crash-01' }, { openid: NN.admin })
  expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(await noticeNotifications(bed, draft._id)).toHaveLength(0)
  const { data } = await bed.db.collection(COLLECTIONS.effects).limit(10).get()
  expect(data as EffectDoc[]).toEqual([expect.objectContaining({ kind: 'notice.deliver', ref: draft._id, state: 'pending' })])

  const sweep = () => runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })
  await sweep()
  expect(await noticeNotifications(bed, draft._id)).toHaveLength(3)
  await sweep()
  expect(await noticeNotifications(bed, draft._id)).toHaveLength(3)
  expect((await bed.db.collection(COLLECTIONS.effects).doc(data[0]._id).get()).data).toMatchObject({ state: 'done' })
  expect(await ok(bed, NN.admin, 'notice.stats', { id: draft._id })).toEqual({ delivered: 3, read: 0, done: true })
})
