/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/** 企业接待日 and 早餐会: slots with capacity, one seat per enterprise, no overbooking. */
import { bookSeat, type Booker } from '../../../cloudfunctions/api/src/domain/appointments'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { DomainError } from '../../../cloudfunctions/api/src/domain/errors'
import { DB_ERR, isDbError, type Database } from '../../../cloudfunctions/api/src/db/port'
import { digest, openBed, type Bed } from '../helpers'
import { notificationsOf } from '../cases/fixture'
import { ok, seedManyEnterprises, seedServices, SV, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedServices(bed)
})
afterEach(() => bed.close())

// the clock stands at 2026-11-20T02:00Z (10:00 Beijing)
const SLOT = {
  kind: '企业接待日',
  title: '市长企业接待日（11月）',
  host: '市营商环境协调事务中心主任',
  place: '市民之家三楼会议室',
  startsAt: '2026-11-25T09:30:00+08:00',
  endsAt: '2026-11-25T11:30:00+08:00',
  capacity: 30
}
const TOPIC = '希望协调厂房消防验收进度'

const createSlot = (fields: Record<string, unknown> = {}) => ok(bed, SV.managerA, 'appointment.createSlot', { ...SLOT, ...fields })
const slotDoc = async (id: string) => (await bed.db.collection(COLLECTIONS.slots).doc(id).get()).data as any
const liveBookings = async (slotId: string) => (await bed.db.collection(COLLECTIONS.bookings).where({ slotId, status: 'booked' }).count()).total
const book = (openid: string, slotId: string, topic = TOPIC) => bed.call(openid, 'appointment.book', { slotId, topic })
const codeOf = (r: any) => (r.ok ? 'OK' : r.error.code)

describe('appointment.createSlot', () => {
  it('stores the times as UTC instants and audits the creation', async () => {
    const slot = await createSlot()
    expect(slot).toMatchObject({ startsAt: '2026-11-25T01:30:00.000Z', endsAt: '2026-11-25T03:30:00.000Z', capacity: 30, booked: 0, mine: false, myTopic: null })
    const { data } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'appointment.createSlot' }).get()
    expect(data).toEqual([expect.objectContaining({ actorId: uid(SV.managerA), target: slot._id })])
  })

  it('refuses a slot in the past, one that ends before it starts, and non-managers — writing nothing', async () => {
    const before = digest(bed)
    expect(await bed.call(SV.admin, 'appointment.createSlot', { ...SLOT, startsAt: '2026-11-20T09:59:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'startsAt', message: '开始时间须晚于当前时间' }
    })
    expect(await bed.call(SV.admin, 'appointment.createSlot', { ...SLOT, endsAt: SLOT.startsAt })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'endsAt', message: '结束时间须晚于开始时间' }
    })
    for (const who of [SV.guest, SV.ownerA, SV.stewardA]) {
      expect(await bed.call(who, 'appointment.createSlot', SLOT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(digest(bed)).toBe(before)
  })
})

describe('booking', () => {
  it('gives the seat, counts it, marks it mine and tells the booker', async () => {
    const slot = await createSlot()
    const r = await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    expect(r).toMatchObject({ _id: slot._id, booked: 1, mine: true, myTopic: TOPIC })
    expect((await slotDoc(slot._id)).booked).toBe(1)
    expect(await notificationsOf(bed, SV.ownerA)).toEqual([
      expect.objectContaining({ kind: 'system', title: '企业接待日预约成功', body: '市长企业接待日（11月），11月25日 09:30，市民之家三楼会议室', link: '/packages/service/appointments/index' })
    ])
  })

  it('100 enterprises booking 30 seats at once: exactly 30 seats, 70 SLOT_FULL, counter = bookings', async () => {
    const slot = await createSlot({ capacity: 30 })
    const owners = await seedManyEnterprises(bed, 100)
    const answers = await Promise.all(owners.map((o) => book(o, slot._id)))
    const codes = answers.map(codeOf)
    expect(codes.filter((c) => c === 'OK')).toHaveLength(30)
    expect(codes.filter((c) => c === 'SLOT_FULL')).toHaveLength(70)
    expect((await slotDoc(slot._id)).booked).toBe(30)
    expect(await liveBookings(slot._id)).toBe(30)
    // each winner holds exactly the seat it was told it has
    const winners = owners.filter((_, i) => answers[i].ok)
    const { data } = await bed.db.collection(COLLECTIONS.bookings).where({ slotId: slot._id }).limit(100).get()
    expect(data.map((b: any) => b.bookerId).sort()).toEqual(winners.map(uid).sort())
  })

  it('racing without the in-process queue (as separate instances would): conflicts are retried, every contender gets a definite answer', async () => {
    const slot = await createSlot({ capacity: 20 })
    const owners = await seedManyEnterprises(bed, 60)
    let conflicts = 0
    // count the transaction calls that lost a race and were run again by the backoff
    const counting: Database = Object.create(bed.db)
    counting.runTransaction = (fn, times) =>
      bed.db.runTransaction(fn, times).catch((e: unknown) => {
        if (isDbError(e, DB_ERR.TX_CONFLICT)) conflicts++
        throw e
      })
    const bookers: Booker[] = owners.map((o, i) => ({ userId: uid(o), name: `预约企业主${i + 1}`, phone: '13900000000', enterpriseId: `ent-bk-${String(i).padStart(3, '0')}`, enterpriseName: '示例' }))
    const answers = await Promise.all(
      bookers.map((b) =>
        bookSeat(counting, bed.clock, b, slot._id, TOPIC).then(
          () => 'OK',
          (e: unknown) => (e instanceof DomainError ? e.code : String(e))
        )
      )
    )
    expect(conflicts).toBeGreaterThan(0) // the race was real
    expect(answers.filter((a) => a === 'OK')).toHaveLength(20)
    expect(answers.filter((a) => a === 'SLOT_FULL')).toHaveLength(40)
    expect((await slotDoc(slot._id)).booked).toBe(20)
    expect(await liveBookings(slot._id)).toBe(20)
  })

  it('refuses a second seat for the same enterprise, whoever of it asks', async () => {
    const slot = await createSlot()
    await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    const before = digest(bed)
    for (const who of [SV.ownerA, SV.staffA]) expect(codeOf(await book(who, slot._id))).toBe('ALREADY_BOOKED')
    expect(digest(bed)).toBe(before)
    expect((await slotDoc(slot._id)).booked).toBe(1)
  })

  it('refuses once the slot has started, and a missing slot; guests and staff cannot book', async () => {
    const slot = await createSlot()
    expect(codeOf(await book(SV.ownerA, 'slot-none'))).toBe('NOT_FOUND')
    for (const who of [SV.guest, SV.stewardA, SV.managerA]) expect(codeOf(await book(who, slot._id))).toBe('FORBIDDEN')
    bed.clock.current = new Date('2026-11-25T01:30:00.000Z')
    const before = digest(bed)
    expect(await book(SV.ownerA, slot._id)).toMatchObject({ ok: false, error: { code: 'SLOT_CLOSED' } })
    expect(digest(bed)).toBe(before)
  })
})

describe('cancelling', () => {
  it('frees exactly one seat, which another enterprise can then take', async () => {
    const slot = await createSlot({ capacity: 2 })
    await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    await ok(bed, SV.ownerB, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    expect(codeOf(await book(SV.ownerA2, slot._id))).toBe('SLOT_FULL')

    const after = await ok(bed, SV.ownerA, 'appointment.cancel', { slotId: slot._id })
    expect(after).toMatchObject({ booked: 1, mine: false, myTopic: null })
    expect(await liveBookings(slot._id)).toBe(1)
    expect(await ok(bed, SV.ownerA2, 'appointment.book', { slotId: slot._id, topic: TOPIC })).toMatchObject({ booked: 2, mine: true })
    expect(codeOf(await book(SV.ownerA, slot._id))).toBe('SLOT_FULL')
    expect((await slotDoc(slot._id)).booked).toBe(2)
  })

  it('is harmless twice; a colleague may cancel and the booker is told', async () => {
    const slot = await createSlot()
    await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    expect(await ok(bed, SV.staffA, 'appointment.cancel', { slotId: slot._id })).toMatchObject({ booked: 0 })
    const before = digest(bed)
    expect(await ok(bed, SV.staffA, 'appointment.cancel', { slotId: slot._id })).toMatchObject({ booked: 0, mine: false })
    expect(await ok(bed, SV.ownerB, 'appointment.cancel', { slotId: slot._id })).toMatchObject({ booked: 0 })
    expect(digest(bed)).toBe(before)
    expect((await notificationsOf(bed, SV.ownerA)).map((n) => [n.title, n.body])).toEqual([
      ['企业接待日预约成功', expect.any(String)],
      ['已取消企业接待日预约', '市长企业接待日（11月），11月25日 09:30（由甲企业职员取消）']
    ])
    expect((await notificationsOf(bed, SV.staffA)).map((n) => n.title)).toEqual(['已取消企业接待日预约'])
    // and the enterprise may book again
    expect(await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: '第二次预约的议题' })).toMatchObject({ booked: 1, myTopic: '第二次预约的议题' })
  })

  it("cannot touch another enterprise's seat, and is refused once the slot has started", async () => {
    const slot = await createSlot()
    await ok(bed, SV.ownerA, 'appointment.book', { slotId: slot._id, topic: TOPIC })
    await ok(bed, SV.ownerB, 'appointment.cancel', { slotId: slot._id })
    expect((await slotDoc(slot._id)).booked).toBe(1)
    bed.clock.current = new Date('2026-11-25T02:00:00.000Z')
    const before = digest(bed)
    expect(await bed.call(SV.ownerA, 'appointment.cancel', { slotId: slot._id })).toMatchObject({ ok: false, error: { code: 'SLOT_CLOSED' } })
    expect(digest(bed)).toBe(before)
  })
})

describe('appointment.slots', () => {
  it('lists slots not yet over first (soonest first), then past ones, with the caller\'s own seats marked', async () => {
    const later = await createSlot({ title: '早餐会（12月）', kind: '早餐会', startsAt: '2026-12-02T07:30:00+08:00', endsAt: '2026-12-02T09:00:00+08:00' })
    const soon = await createSlot({ title: '企业接待日（明天）', startsAt: '2026-11-21T09:00:00+08:00', endsAt: '2026-11-21T11:00:00+08:00' })
    const soonest = await createSlot({ title: '企业接待日（今天）', startsAt: '2026-11-20T14:00:00+08:00', endsAt: '2026-11-20T16:00:00+08:00' })
    await ok(bed, SV.ownerA, 'appointment.book', { slotId: soon._id, topic: TOPIC })
    // the day after tomorrow: today's and tomorrow's slots are over
    bed.clock.current = new Date('2026-11-22T02:00:00.000Z')
    const page = await ok(bed, SV.ownerA, 'appointment.slots', {})
    expect(page.items.map((s: any) => s._id)).toEqual([later._id, soon._id, soonest._id])
    expect(page.items.map((s: any) => [s.mine, s.myTopic])).toEqual([[false, null], [true, TOPIC], [false, null]])
    expect(page).toMatchObject({ total: 3, hasMore: false })

    // paging runs across the upcoming and the past parts
    const ids: string[] = []
    for (let p = 1; p <= 3; p++) ids.push(...(await ok(bed, SV.guest, 'appointment.slots', { page: p, pageSize: 1 })).items.map((s: any) => s._id))
    expect(ids).toEqual([later._id, soon._id, soonest._id])

    const other = await ok(bed, SV.ownerB, 'appointment.slots', {})
    expect(other.items.every((s: any) => !s.mine)).toBe(true)
    expect((await ok(bed, SV.stewardA, 'appointment.slots', { kind: '早餐会' })).items.map((s: any) => s._id)).toEqual([later._id])
  })
})
