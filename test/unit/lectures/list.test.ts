/** The lecture list: upcoming soonest first, past latest first, the caller's own sign-ups, phases. */
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureFields, ok, seedAttendees } from './fixture'

let bed: Bed
let people: string[]
const ids: Record<string, string> = {}

const day = (d: number, from = 14, to = 16) => ({ startsAt: `2026-11-${d}T${from}:00:00+08:00`, endsAt: `2026-11-${d}T${to}:00:00+08:00` })

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  people = await seedAttendees(bed, 1)
  for (const [key, d] of [['d22', 22], ['d21', 21], ['d27', 27], ['d24', 24]] as const) {
    ids[key] = (await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields({ title: `第${d}日讲座`, ...day(d) }) }))._id
  }
  await ok(bed, people[0], 'lecture.signup', { id: ids.d22 })
  await ok(bed, people[0], 'lecture.signup', { id: ids.d27 })
  await ok(bed, people[0], 'lecture.cancel', { id: ids.d27 })
  await ok(bed, people[0], 'lecture.signup', { id: ids.d24 })
  bed.clock.current = new Date('2026-11-22T15:00:00+08:00')
})
afterEach(() => bed.close())

const titles = (page: { items: Array<{ title: string }> }) => page.items.map((i) => i.title)

describe('lecture.list', () => {
  it('splits upcoming (soonest first, ongoing included) from past (latest first), paged', async () => {
    const up = await ok(bed, FIX.guest, 'lecture.list', { when: 'upcoming', pageSize: 2 })
    expect(titles(up)).toEqual(['第22日讲座', '第24日讲座'])
    expect(up).toMatchObject({ total: 3, hasMore: true })
    expect(up.items[0]).toMatchObject({ phase: 'ongoing', mySignup: null })
    expect(titles(await ok(bed, FIX.guest, 'lecture.list', { when: 'upcoming', page: 2, pageSize: 2 }))).toEqual(['第27日讲座'])
    const past = await ok(bed, FIX.guest, 'lecture.list', { when: 'past' })
    expect(titles(past)).toEqual(['第21日讲座'])
    expect(past.items[0]).toMatchObject({ phase: 'ended', hasReplay: false, ratingAvg: null, ratingCount: 0 })
  })

  it('marks the caller\'s sign-ups and lists only live ones under mine', async () => {
    const up = await ok(bed, people[0], 'lecture.list', { when: 'upcoming' })
    expect(up.items.map((i: { mySignup: { state: string } | null }) => i.mySignup?.state ?? null)).toEqual(['confirmed', 'confirmed', 'cancelled'])
    const mine = await ok(bed, people[0], 'lecture.list', { when: 'upcoming', mine: true })
    expect(titles(mine)).toEqual(['第22日讲座', '第24日讲座'])
    expect(await ok(bed, people[0], 'lecture.list', { when: 'past', mine: true })).toMatchObject({ items: [], total: 0 })
    expect(await ok(bed, FIX.ownerB, 'lecture.list', { when: 'upcoming', mine: true })).toMatchObject({ items: [], total: 0 })
  })

  it('never carries the check-in code or the wait-list in summaries', async () => {
    const up = await ok(bed, FIX.managerA, 'lecture.list', {})
    const text = JSON.stringify(up)
    expect(text).not.toContain('checkinCode')
    expect(text).not.toContain('waitlist"')
    expect(text).not.toContain('13900000000')
  })
})
