import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

it('forgets replayable answers after 48 hours, once', async () => {
  const r = await bed.call(FIX.ownerA, 'account.updateProfile', { name: '王经理', phone: '' }, 'req-old-000001')
  expect(r.ok).toBe(true)
  bed.clock.advanceDays(1)
  await bed.call(FIX.ownerA, 'account.updateProfile', { name: '王经理', phone: '' }, 'req-new-000001')
  expect((await bed.db.collection(COLLECTIONS.requests).count()).total).toBe(2)

  bed.clock.advanceDays(1.5)
  const deps = { db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) }
  expect(await runSweep(deps)).toMatchObject({ expiredRequestRecords: 1 })
  expect(await runSweep(deps)).toMatchObject({ expiredRequestRecords: 0 })
  const left = await bed.db.collection(COLLECTIONS.requests).get()
  expect(left.data.map((d) => d._id)).toEqual([expect.stringMatching(/_req-new-000001$/)])
})
