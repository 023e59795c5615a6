/** Sign-up rules, check-in and rating, through the router on a real database. */
import { LECTURE_COLLECTIONS } from '../../../cloudfunctions/api/src/domain/lectures'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { ENDS, lectureDoc, lectureFields, ok, seedAttendees, signupDoc, STARTS } from './fixture'

let bed: Bed
let people: string[]
let lectureId: string
let code: string

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  people = await seedAttendees(bed, 4)
  const saved = await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields({ capacity: 2 }) })
  lectureId = saved._id
  code = saved.checkinCode
})
afterEach(() => bed.close())

const at = (iso: string) => {
  bed.clock.current = new Date(iso)
}
const minutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString()

describe('sign-up', () => {
  it('stores the lecture as UTC instants and shows the check-in code to its organiser only', async () => {
    const organiser = await ok(bed, FIX.managerA, 'lecture.get', { id: lectureId })
    expect(organiser).toMatchObject({ startsAt: STARTS, endsAt: ENDS, canManage: true, phase: 'upcoming' })
    expect(organiser.checkinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
    for (const other of [people[0], FIX.stewardA, FIX.managerB, FIX.guest]) {
      expect(await ok(bed, other, 'lecture.get', { id: lectureId })).toMatchObject({ checkinCode: null, canManage: false })
    }
    expect(await ok(bed, FIX.admin, 'lecture.get', { id: lectureId })).toMatchObject({ checkinCode: code, canManage: true })
  })

  it('signing up twice answers the existing seat or place and writes nothing', async () => {
    const first = await ok(bed, people[0], 'lecture.signup', { id: lectureId })
    expect(first.mySignup).toEqual({ state: 'confirmed', position: null, checkedIn: false })
    await ok(bed, people[1], 'lecture.signup', { id: lectureId })
    const waiting = await ok(bed, people[2], 'lecture.signup', { id: lectureId })
    expect(waiting).toMatchObject({ confirmed: 2, waitlisted: 1, mySignup: { state: 'waitlisted', position: 1 } })

    const before = digest(bed)
    expect((await ok(bed, people[0], 'lecture.signup', { id: lectureId })).mySignup).toMatchObject({ state: 'confirmed' })
    expect((await ok(bed, people[2], 'lecture.signup', { id: lectureId })).mySignup).toMatchObject({ state: 'waitlisted', position: 1 })
    expect(digest(bed)).toBe(before)
    expect(await lectureDoc(bed, lectureId)).toMatchObject({ confirmed: 2, waitlist: [expect.any(String)] })
  })

  it('only bound entrepreneurs sign up, and only before the start', async () => {
    for (const who of [FIX.stewardA, FIX.managerA, FIX.guest]) {
      expect(await bed.call(who, 'lecture.signup', { id: lectureId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await bed.call(people[0], 'lecture.signup', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    at(STARTS)
    const before = digest(bed)
    expect(await bed.call(people[0], 'lecture.signup', { id: lectureId })).toMatchObject({ ok: false, error: { code: 'LECTURE_CLOSED' } })
    expect(digest(bed)).toBe(before)
  })

  it('a wait-listed cancellation leaves the seats alone and moves the line up', async () => {
    for (const p of people) await ok(bed, p, 'lecture.signup', { id: lectureId })
    const gone = await ok(bed, people[2], 'lecture.cancel', { id: lectureId })
    expect(gone).toMatchObject({ confirmed: 2, waitlisted: 1, mySignup: { state: 'cancelled', position: null } })
    expect((await ok(bed, people[3], 'lecture.get', { id: lectureId })).mySignup).toMatchObject({ state: 'waitlisted', position: 1 })
    // cancelling again changes nothing; signing up again goes to the end of the line
    const before = digest(bed)
    await ok(bed, people[2], 'lecture.cancel', { id: lectureId })
    expect(digest(bed)).toBe(before)
    expect((await ok(bed, people[2], 'lecture.signup', { id: lectureId })).mySignup).toMatchObject({ state: 'waitlisted', position: 2 })
  })

  it('raising the capacity seats the wait-list in order; lowering it below the confirmed count is refused', async () => {
    for (const p of people) await ok(bed, p, 'lecture.signup', { id: lectureId })
    const before = digest(bed)
    expect(await bed.call(FIX.managerA, 'lecture.save', { id: lectureId, fields: lectureFields({ capacity: 1 }) })).toMatchObject({
      ok: false,
      error: { code: 'CAPACITY_BELOW_CONFIRMED', field: 'fields.capacity' }
    })
    expect(digest(bed)).toBe(before)
    const raised = await ok(bed, FIX.managerA, 'lecture.save', { id: lectureId, fields: lectureFields({ capacity: 3 }) })
    expect(raised).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 })
    expect((await signupDoc(bed, lectureId, people[2]))?.state).toBe('confirmed')
    expect((await signupDoc(bed, lectureId, people[3]))?.state).toBe('waitlisted')
  })
})

describe('check-in', () => {
  beforeEach(async () => {
    for (const p of people.slice(0, 3)) await ok(bed, p, 'lecture.signup', { id: lectureId })
  })

  it('is refused outside [start − 30 min, end], with a wrong code, and for a wait-listed or absent user', async () => {
    const wrong = code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF'
    const before = digest(bed)
    at(minutes(STARTS, -31))
    expect(await bed.call(people[0], 'lecture.checkin', { id: lectureId, code })).toMatchObject({ ok: false, error: { code: 'CHECKIN_CLOSED' } })
    at(minutes(ENDS, 1))
    expect(await bed.call(people[0], 'lecture.checkin', { id: lectureId, code })).toMatchObject({ ok: false, error: { code: 'CHECKIN_CLOSED' } })
    at(minutes(STARTS, -30))
    expect(await bed.call(people[0], 'lecture.checkin', { id: lectureId, code: wrong })).toMatchObject({ ok: false, error: { code: 'CHECKIN_CODE_WRONG', field: 'code' } })
    expect(await bed.call(people[2], 'lecture.checkin', { id: lectureId, code })).toMatchObject({ ok: false, error: { code: 'CHECKIN_NOT_CONFIRMED' } })
    expect(await bed.call(people[3], 'lecture.checkin', { id: lectureId, code })).toMatchObject({ ok: false, error: { code: 'LECTURE_NOT_SIGNED_UP' } })
    expect(await bed.call(people[0], 'lecture.checkin', { id: lectureId, code: '12' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
    expect(digest(bed)).toBe(before)
  })

  it('succeeds within the window with the right code (typed in lower case too), once', async () => {
    at(minutes(STARTS, -30))
    const done = await ok(bed, people[0], 'lecture.checkin', { id: lectureId, code: code.toLowerCase() })
    expect(done).toMatchObject({ checkinOpen: true, mySignup: { state: 'confirmed', checkedIn: true }, checkinCode: null })
    const first = (await signupDoc(bed, lectureId, people[0]))?.checkedInAt
    expect(first).toBe(minutes(STARTS, -30))
    at(ENDS)
    expect((await ok(bed, people[0], 'lecture.checkin', { id: lectureId, code })).mySignup.checkedIn).toBe(true)
    expect((await signupDoc(bed, lectureId, people[0]))?.checkedInAt).toBe(first)
  })
})

describe('rating', () => {
  beforeEach(async () => {
    for (const p of people.slice(0, 3)) await ok(bed, p, 'lecture.signup', { id: lectureId })
  })

  it('is for confirmed attendees after the end; rating again replaces the first rating', async () => {
    expect(await bed.call(people[0], 'lecture.rate', { id: lectureId, score: 5 })).toMatchObject({ ok: false, error: { code: 'LECTURE_NOT_ENDED' } })
    at(ENDS)
    expect(await bed.call(people[2], 'lecture.rate', { id: lectureId, score: 5 })).toMatchObject({ ok: false, error: { code: 'LECTURE_NOT_SIGNED_UP' } })
    expect(await bed.call(people[3], 'lecture.rate', { id: lectureId, score: 5 })).toMatchObject({ ok: false, error: { code: 'LECTURE_NOT_SIGNED_UP' } })
    expect(await bed.call(people[0], 'lecture.rate', { id: lectureId, score: 6 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'score' } })

    expect(await ok(bed, people[0], 'lecture.rate', { id: lectureId, score: 5, comment: '干货满满' })).toMatchObject({
      phase: 'ended',
      ratingAvg: 5,
      ratingCount: 1,
      myRating: { score: 5, comment: '干货满满' }
    })
    await ok(bed, people[1], 'lecture.rate', { id: lectureId, score: 4 })
    const edited = await ok(bed, people[0], 'lecture.rate', { id: lectureId, score: 2, comment: '' })
    expect(edited).toMatchObject({ ratingAvg: 3, ratingCount: 2, myRating: { score: 2, comment: '' } })
    expect(await lectureDoc(bed, lectureId)).toMatchObject({ ratingSum: 6, ratingCount: 2 })
    const { total } = await bed.db.collection(LECTURE_COLLECTIONS.lectureSignups).where({ lectureId }).count()
    expect(total).toBe(3)
  })
})
