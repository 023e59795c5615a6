/** The day-before reminder: confirmed attendees only, on the Beijing day before, once each. */
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureFields, notificationsOf, ok, seedAttendees, signupDoc } from './fixture'

let bed: Bed
let people: string[]
let lectureId: string

const sweep = async () => (await runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })).lectureReminders
const reminders = async (openid: string) => (await notificationsOf(bed, openid)).filter((n) => n.title.startsWith('明天开讲'))
const at = (iso: string) => {
  bed.clock.current = new Date(iso)
}

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  people = await seedAttendees(bed, 3)
  // 11-25 09:00 Beijing = 11-25 01:00 UTC: the UTC day before and the Beijing day before differ
  lectureId = (await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields({ capacity: 2, startsAt: '2026-11-25T09:00:00+08:00', endsAt: '2026-11-25T11:00:00+08:00' }) }))._id
  for (const p of people) await ok(bed, p, 'lecture.signup', { id: lectureId })
})
afterEach(() => bed.close())

describe('lecture reminders', () => {
  it('are not sent two days before, nor late on the UTC day before that is still Beijing 11-23', async () => {
    at('2026-11-23T10:00:00+08:00')
    expect(await sweep()).toBe(0)
    at('2026-11-23T23:59:00+08:00') // 11-23 15:59 UTC; 11-24 in UTC starts at 08:00 Beijing
    expect(await sweep()).toBe(0)
  })

  it('go once to each confirmed attendee on the Beijing day before, never to the wait-list', async () => {
    at('2026-11-24T00:00:00+08:00')
    expect(await sweep()).toBe(2)
    expect(await sweep()).toBe(0)
    at('2026-11-24T20:00:00+08:00')
    expect(await sweep()).toBe(0)
    for (const p of people.slice(0, 2)) {
      const told = await reminders(p)
      expect(told).toHaveLength(1)
      expect(told[0]).toMatchObject({ title: '明天开讲：企业出海合规实务', link: `/packages/lecture/detail/index?id=${lectureId}`, template: 'caseProgress' })
      expect(told[0].body).toContain('11月25日 09:00')
    }
    expect(await reminders(people[2])).toEqual([])
    expect((await signupDoc(bed, lectureId, people[0]))?.remindedFor).toBe('2026-11-25T01:00:00.000Z')
  })

  it('a seat taken from the wait-list the day before is reminded on the next run; not on the day itself', async () => {
    at('2026-11-24T08:00:00+08:00')
    expect(await sweep()).toBe(2)
    await ok(bed, people[0], 'lecture.cancel', { id: lectureId })
    expect(await sweep()).toBe(1)
    expect(await reminders(people[2])).toHaveLength(1)
    at('2026-11-25T08:00:00+08:00')
    expect(await sweep()).toBe(0)
  })
})
