/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * City and park scope (docs/decisions/0015): a park manager cannot change city-wide things —
 * the holiday calendar, the deadline defaults, city-level services and slots — nor another
 * park's; the city admin can. Every refusal writes nothing.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, openBed, type Bed } from '../helpers'
import { IP_LOAN, ok, seedServices, SV } from '../services/fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedServices(bed)
})
afterEach(() => bed.close())

const SLOT = {
  kind: '企业接待日',
  title: '园区企业接待日（11月）',
  host: '园区管委会主任',
  place: '园区服务中心二楼',
  startsAt: '2026-11-25T09:30:00+08:00',
  endsAt: '2026-11-25T11:30:00+08:00',
  capacity: 20
}
const NEW_SERVICE = { ...IP_LOAN, name: '园区人才公寓申请', category: '人才招聘', materials: [] }
const CALENDAR_2027 = { year: 2027, holidays: ['2027-01-01'], workdays: [] }

const errorOf = async (openid: string, action: string, payload: Record<string, unknown>) => {
  const r = await bed.call(openid, action, payload)
  if (r.ok) throw new Error(`${action} by ${openid} unexpectedly succeeded`)
  return r.error
}
/** every stored document but the rate limiter's counters (a refused call still counts as an attempt) */
const writes = (): string =>
  digest(bed)
    .split('\n')
    .filter((line) => !/^(\$meta|rateLimits):/.test(line))
    .join('\n')
const stored = async (collection: string, id: string) => (await bed.db.collection(collection).doc(id).get()).data as any

describe('a park manager', () => {
  it('cannot change the holiday calendar or the deadline defaults (CITY_SCOPE), and writes nothing', async () => {
    const before = writes()
    expect(await errorOf(SV.managerA, 'calendar.setYear', CALENDAR_2027)).toMatchObject({ code: 'CITY_SCOPE', message: expect.stringContaining('只有市级管理员') })
    const deadlines = await ok(bed, SV.managerA, 'settings.getDeadlines', {})
    expect(await errorOf(SV.managerA, 'settings.setDeadlines', deadlines)).toMatchObject({ code: 'CITY_SCOPE' })
    expect(writes()).toBe(before)
  })

  it('cannot edit a city-level service, nor create one, nor move their own to the city or another park', async () => {
    const before = writes()
    expect(await errorOf(SV.managerA, 'service.save', { ...IP_LOAN, id: SV.ipLoan, active: false })).toMatchObject({
      code: 'CITY_SCOPE',
      message: '市级服务只有市级管理员可以修改'
    })
    expect(await errorOf(SV.managerA, 'service.save', { ...NEW_SERVICE, parkId: null })).toMatchObject({ code: 'CITY_SCOPE', field: 'parkId' })
    expect(await errorOf(SV.managerA, 'service.save', { ...NEW_SERVICE, parkId: SV.parkB })).toMatchObject({ code: 'PARK_SCOPE', field: 'parkId' })
    expect(writes()).toBe(before)
    expect(await stored(COLLECTIONS.services, SV.ipLoan)).toMatchObject({ active: true })
  })

  it('creates and edits their own park\'s services; another park\'s manager cannot touch them', async () => {
    const mine = await ok(bed, SV.managerA, 'service.save', NEW_SERVICE)
    expect(mine).toMatchObject({ parkId: SV.parkA })
    expect(await ok(bed, SV.managerA, 'service.save', { ...NEW_SERVICE, id: mine._id, fee: '按成本收取' })).toMatchObject({ parkId: SV.parkA, fee: '按成本收取' })
    const before = writes()
    expect(await errorOf(SV.managerA, 'service.save', { ...NEW_SERVICE, id: mine._id, parkId: null })).toMatchObject({ code: 'CITY_SCOPE' })
    expect(await errorOf(SV.managerB, 'service.save', { ...NEW_SERVICE, id: mine._id, fee: '免费' })).toMatchObject({ code: 'PARK_SCOPE', message: '只能管理本园区的服务' })
    expect(writes()).toBe(before)
    // everyone sees it in the catalogue, with its park
    expect((await ok(bed, SV.ownerB, 'service.get', { id: mine._id })).parkId).toBe(SV.parkA)
  })

  it('opens slots for their own park only: a city-level or another park\'s slot is refused', async () => {
    const before = writes()
    expect(await errorOf(SV.managerA, 'appointment.createSlot', { ...SLOT, parkId: SV.parkB })).toMatchObject({ code: 'PARK_SCOPE', field: 'parkId' })
    expect(await errorOf(SV.managerA, 'appointment.createSlot', { ...SLOT, parkId: null })).toMatchObject({ code: 'CITY_SCOPE', field: 'parkId' })
    expect(writes()).toBe(before)
    expect(await ok(bed, SV.managerA, 'appointment.createSlot', SLOT)).toMatchObject({ parkId: SV.parkA })
    expect(await ok(bed, SV.managerA, 'appointment.createSlot', { ...SLOT, parkId: SV.parkA })).toMatchObject({ parkId: SV.parkA })
  })
})

describe('the city admin', () => {
  it('changes the calendar and the deadline defaults', async () => {
    expect(await ok(bed, SV.admin, 'calendar.setYear', CALENDAR_2027)).toMatchObject({ year: 2027, source: 'override' })
    const deadlines = await ok(bed, SV.admin, 'settings.getDeadlines', {})
    expect(await ok(bed, SV.admin, 'settings.setDeadlines', { ...deadlines, rectify: 8 })).toMatchObject({ rectify: 8 })
  })

  it('keeps city-level services and slots, and may act for any park', async () => {
    expect(await ok(bed, SV.admin, 'service.save', { ...IP_LOAN, id: SV.ipLoan, fee: '按规定收取' })).toMatchObject({ parkId: null, fee: '按规定收取' })
    expect(await ok(bed, SV.admin, 'service.save', NEW_SERVICE)).toMatchObject({ parkId: null })
    const parkB = await ok(bed, SV.admin, 'service.save', { ...NEW_SERVICE, parkId: SV.parkB })
    expect(parkB).toMatchObject({ parkId: SV.parkB })
    // that park's manager may now keep it
    expect(await ok(bed, SV.managerB, 'service.save', { ...NEW_SERVICE, id: parkB._id, fee: '免费' })).toMatchObject({ parkId: SV.parkB })
    expect(await ok(bed, SV.admin, 'appointment.createSlot', SLOT)).toMatchObject({ parkId: null })
    expect(await ok(bed, SV.admin, 'appointment.createSlot', { ...SLOT, parkId: SV.parkB })).toMatchObject({ parkId: SV.parkB })
    expect(await errorOf(SV.admin, 'appointment.createSlot', { ...SLOT, parkId: 'park-none' })).toMatchObject({ code: 'INVALID_INPUT', field: 'parkId', message: '所选园区不存在' })
  })
})
