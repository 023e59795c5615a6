/**
 * Organisers only: creating and editing lectures, the sign-up list and its export. The
 * list and export carry full phones for organisers; nobody else can get them.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { csvCell } from '../../../cloudfunctions/api/src/domain/lectures'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureFields, ok, seedAttendees, uid } from './fixture'

let bed: Bed
let people: string[]
let lectureId: string

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  people = await seedAttendees(bed, 3)
  lectureId = (await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields({ capacity: 2, title: '=HYPERLINK("x") 融资路演' }) }))._id
  for (const p of people) {
    await ok(bed, p, 'lecture.signup', { id: lectureId })
    bed.clock.current = new Date(bed.clock.current.getTime() + 60_000)
  }
})
afterEach(() => bed.close())

describe('who may organise', () => {
  it('refuses save, sign-up lists and export to everyone but managers, writing nothing', async () => {
    const before = digest(bed)
    for (const who of [people[0], FIX.ownerA, FIX.stewardA, FIX.guest, null]) {
      const expected = who === null ? 'UNAUTHENTICATED' : 'FORBIDDEN'
      expect(await bed.call(who, 'lecture.save', { fields: lectureFields() })).toMatchObject({ ok: false, error: { code: expected } })
      expect(await bed.call(who, 'lecture.save', { id: lectureId, fields: lectureFields({ capacity: 99 }) })).toMatchObject({ ok: false, error: { code: expected } })
      expect(await bed.call(who, 'lecture.signups', { id: lectureId })).toMatchObject({ ok: false, error: { code: expected } })
      expect(await bed.call(who, 'lecture.export', { id: lectureId })).toMatchObject({ ok: false, error: { code: expected } })
    }
    expect(digest(bed)).toBe(before)
  })

  it('a manager of another park cannot edit, list or export the lecture', async () => {
    const before = digest(bed)
    expect(await bed.call(FIX.managerB, 'lecture.save', { id: lectureId, fields: lectureFields({ capacity: 9 }) })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(await bed.call(FIX.managerB, 'lecture.signups', { id: lectureId })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(await bed.call(FIX.managerB, 'lecture.export', { id: lectureId })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(digest(bed)).toBe(before)
  })

  it('validates the fields with Chinese messages', async () => {
    const before = digest(bed)
    expect(await bed.call(FIX.managerA, 'lecture.save', { fields: lectureFields({ endsAt: '2026-11-25T13:00:00+08:00' }) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'fields.endsAt', message: '结束时间应晚于开始时间' }
    })
    expect(await bed.call(FIX.managerA, 'lecture.save', { fields: lectureFields({ startsAt: '2026-11-19T14:00:00+08:00', endsAt: '2026-11-19T16:00:00+08:00' }) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'fields.startsAt', message: '开始时间须晚于当前时间' }
    })
    expect(await bed.call(FIX.managerA, 'lecture.save', { fields: lectureFields({ cover: 'javascript:alert(1)' }) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await bed.call(FIX.managerA, 'lecture.save', { id: 'missing', fields: lectureFields() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(digest(bed)).toBe(before)
  })

  it('edits keep the counters, the code and the park; the admin may edit any lecture; each save is audited', async () => {
    const code = (await ok(bed, FIX.managerA, 'lecture.get', { id: lectureId })).checkinCode
    const edited = await ok(bed, FIX.admin, 'lecture.save', {
      id: lectureId,
      fields: lectureFields({ capacity: 2, replayUrl: 'https://example.com/replay.mp4', slides: [{ name: '讲义', url: 'https://example.com/a.pdf' }] })
    })
    expect(edited).toMatchObject({ confirmed: 2, waitlisted: 1, parkId: FIX.parkA, checkinCode: code, hasReplay: true, replayUrl: 'https://example.com/replay.mp4' })
    const { total } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'lecture.save', target: lectureId }).count()
    expect(total).toBe(2)
  })
})

describe('sign-up list and export', () => {
  it('lists every sign-up with full phone, state and wait-list place for the organiser', async () => {
    const page = await ok(bed, FIX.managerA, 'lecture.signups', { id: lectureId })
    expect(page.total).toBe(3)
    expect(page.items.map((r: { phone: string }) => r.phone).sort()).toEqual(['13900000000', '13900000001', '13900000002'])
    expect(page.items.find((r: { userId: string }) => r.userId === uid(people[2]))).toMatchObject({ state: 'waitlisted', position: 1, name: '听众3', enterpriseName: FIX.entB.name })
    const waiting = await ok(bed, FIX.managerA, 'lecture.signups', { id: lectureId, state: 'waitlisted' })
    expect(waiting.items).toHaveLength(1)
  })

  it('exports UTF-8 CSV with a BOM and a Chinese header, phones unmasked, formulas defused; audited', async () => {
    const out = await ok(bed, FIX.admin, 'lecture.export', { id: lectureId })
    expect(out.filename).toMatch(/^讲座报名_.+_20261120\.csv$/)
    expect(out.filename).not.toMatch(/[\\/:*?"<>|]/)
    expect(out.csv.startsWith('\uFEFF序号,企业名称,姓名,手机号,报名状态,候补位次,是否签到,签到时间,报名时间\r\n')).toBe(true)
    const lines = out.csv.slice(1).trim().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toBe(`1,${FIX.entA.name},听众1,13900000000,已报名,,否,,2026-11-20 10:00`)
    expect(lines[3]).toBe(`3,${FIX.entB.name},听众3,13900000002,候补中,1,否,,2026-11-20 10:02`)
    const { total } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'lecture.export', target: lectureId }).count()
    expect(total).toBe(1)
  })

  it('quotes cells and defuses spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    expect(csvCell('-5')).toBe("'-5")
    expect(csvCell('湘潭')).toBe('湘潭')
  })
})
