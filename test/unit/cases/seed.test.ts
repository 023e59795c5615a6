/** The demo cases: every state they claim, played through the engine, seeded once. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { seedDemoData } from '../../../server/seed'
import { DEMO_CASES, seedDemoCases } from '../../../server/seed/data/cases'
import { openBed, snapshotCounts, type Bed } from '../helpers'

let bed: Bed
beforeEach(() => (bed = openBed()))
afterEach(() => bed.close())

const NOW = new Date('2026-11-20T02:00:00.000Z')

it('seeds cases in several states, with fixed ids, once', async () => {
  await seedDemoData(bed.db, NOW)
  const { data } = await bed.db.collection(COLLECTIONS.cases).orderBy('_id', 'asc').get()
  expect(data.map((d) => d._id)).toEqual(DEMO_CASES.map((c) => c.id).sort())
  const byId = Object.fromEntries(data.map((d) => [d._id, d]))
  expect(Object.fromEntries(data.map((d) => [d._id, d.status]))).toEqual({
    'seed-case-01': 'assigned',
    'seed-case-02': 'in_progress',
    'seed-case-03': 'assigned',
    'seed-case-04': 'resolved',
    'seed-case-05': 'closed',
    'seed-case-06': 'closed',
    'seed-case-07': 'rated',
    'seed-case-08': 'in_progress',
    'seed-case-09': 'assigned'
  })
  expect(byId['seed-case-02'].awaitingInfo).toBe(true)
  expect(byId['seed-case-06'].rectified).toMatchObject({ problem: expect.stringContaining('并联审批') })
  // the complaint about 陈国平 went to the city admin, not to him
  expect(byId['seed-case-08']).toMatchObject({ aboutStewardName: '陈国平', assigneeName: '赵雅琴' })
  expect(byId['seed-case-01'].number).toMatch(/^ZX2026112\d-\d{4}$/)

  const counts = await snapshotCounts(bed)
  await seedDemoCases(bed.db, NOW)
  expect(await snapshotCounts(bed)).toEqual(counts)

  // the case nobody answered for six days is escalated by the first sweep
  const report = await runSweep({ db: bed.db, clock: { now: () => NOW }, messenger: outboxMessenger(bed.db) })
  expect(report.escalated).toBeGreaterThanOrEqual(1)
  expect((await bed.db.collection(COLLECTIONS.cases).doc('seed-case-03').get()).data).toMatchObject({ overdue: true, escalationLevel: 3 })
})

it('the steward complained of cannot find the demo complaint', async () => {
  await seedDemoData(bed.db, NOW)
  expect(await bed.call('dev-openid-steward-chen', 'case.get', { id: 'seed-case-08' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await bed.call('dev-openid-ent-owner-3', 'case.get', { id: 'seed-case-08' })).toMatchObject({ ok: true })
})
