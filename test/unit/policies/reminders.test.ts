/** Application-window reminders from the sweep: 7 days and 1 day before, each sent once. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { dueReminder } from '../../../cloudfunctions/api/src/domain/policies/reminders'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, seedFixture, type Bed } from '../helpers'
import { notificationsOf, ok, published, PX } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const sweep = async () => (await runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })).policyReminders
const at = (iso: string) => (bed.clock.current = new Date(iso))
const reminders = async (openid: string) => (await notificationsOf(bed, openid)).filter((n) => n.title.startsWith('申报提醒：')).map((n) => n.body)

it('picks the reminder due for the days left', () => {
  expect([9, 8, 7, 6, 2, 1, 0, -1].map(dueReminder)).toEqual([null, null, 7, 7, 7, 1, 1, null])
})

it('reminds favourites and followers 7 days and 1 day before applyUntil, once each, on Beijing days', async () => {
  // created 2026-11-20 (Beijing); the window closes 2026-11-30
  const policy = await published(bed, { title: '技术改造补助申报', categories: ['产业'], applyUntil: '2026-11-30' })
  await published(bed, { title: '无人关注的申报政策', categories: ['外贸'], applyUntil: '2026-11-27' })
  await ok(bed, PX.guest, 'policy.favourite', { id: policy._id, on: true })
  await ok(bed, PX.ownerA, 'policy.follow', { category: '产业', on: true })
  // favourite and follow: still one reminder
  await ok(bed, PX.ownerA, 'policy.favourite', { id: policy._id, on: true })

  expect(await sweep()).toBe(0)
  at('2026-11-22T15:59:00.000Z') // 23:59 on 11-22 in Beijing: 8 days left
  expect(await sweep()).toBe(0)
  at('2026-11-22T16:00:00.000Z') // 00:00 on 11-23 in Beijing: 7 days left
  expect(await sweep()).toBe(2)
  expect(await sweep()).toBe(0)
  at('2026-11-25T02:00:00.000Z')
  expect(await sweep()).toBe(0)
  at('2026-11-29T01:00:00.000Z') // 1 day left
  expect(await sweep()).toBe(2)
  expect(await sweep()).toBe(0)
  at('2026-11-30T01:00:00.000Z') // the last day
  expect(await sweep()).toBe(0)
  at('2026-12-02T01:00:00.000Z')
  expect(await sweep()).toBe(0)

  const expected = ['申报将于2026-11-30截止，还剩7天截止，请及时申报。', '申报将于2026-11-30截止，还剩1天截止，请及时申报。']
  expect(await reminders(PX.guest)).toEqual(expected)
  expect(await reminders(PX.ownerA)).toEqual(expected)
  expect(await reminders(PX.ownerB)).toEqual([])
  expect((await bed.db.collection(COLLECTIONS.policyReminders).count()).total).toBe(4)
})

it('sends a late reminder with the real days left when the sweep missed the day, and once under concurrent sweeps', async () => {
  const policy = await published(bed, { title: '外贸企业参展补贴', categories: ['外贸'], applyUntil: '2026-11-25' })
  await ok(bed, PX.ownerB, 'policy.follow', { category: '外贸', on: true })
  at('2026-11-21T02:00:00.000Z') // 4 days left: the 7-day reminder is late but still useful
  const counts = await Promise.all([sweep(), sweep()])
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1)
  expect(await reminders(PX.ownerB)).toEqual(['申报将于2026-11-25截止，还剩4天截止，请及时申报。'])
  // withdrawn: no further reminder
  await ok(bed, PX.admin, 'policy.withdraw', { id: policy._id, reason: '政策调整' })
  at('2026-11-24T02:00:00.000Z')
  expect(await sweep()).toBe(0)
})
