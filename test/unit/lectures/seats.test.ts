/**
 * Without the in-process queue (as when several cloud instances run at once) the
 * transaction and the back-off alone keep the seats exact.
 */
import type { Caller } from '../../../cloudfunctions/api/src/domain/context'
import { takeSeat, type Attendee } from '../../../cloudfunctions/api/src/domain/lectures'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureDoc, lectureFields, ok, signupDocs, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

it('40 unqueued sign-ups for 10 seats: 10 confirmed, 30 wait-listed, counters equal to the documents', async () => {
  const id = (await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields({ capacity: 10 }) }))._id
  const attendees: Attendee[] = Array.from({ length: 40 }, (_, i) => ({
    userId: uid(`oid-race-${i}`),
    name: `听众${i}`,
    phone: '13900000000',
    enterpriseId: FIX.entA._id,
    enterpriseName: FIX.entA.name
  }))
  const caller: Caller = { openid: 'x', user: null, role: 'entrepreneur' }
  const answers = await Promise.all(attendees.map((a) => takeSeat(bed.db, bed.clock, caller, a, id)))
  expect(answers.filter((a) => a.mySignup?.state === 'confirmed')).toHaveLength(10)
  const positions = answers.map((a) => a.mySignup?.position).filter((p): p is number => p !== null)
  expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  const lecture = await lectureDoc(bed, id)
  const docs = await signupDocs(bed, id)
  expect(lecture.confirmed).toBe(docs.filter((d) => d.state === 'confirmed').length)
  expect([...lecture.waitlist].sort()).toEqual(docs.filter((d) => d.state === 'waitlisted').map((d) => d.userId).sort())
}, 60_000)
