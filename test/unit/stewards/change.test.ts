/**
 * 我的管家 and asking for another steward: the request is a complaint about the current
 * steward, so it goes to the park manager and that steward never sees it.
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, openBed, type Bed } from '../helpers'
import { ok, REASON, seedStewards, SX, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedStewards(bed)
})
afterEach(() => bed.close())

const request = (openid = SX.ownerA, reason = REASON) => bed.call(openid, 'steward.requestChange', { reason })

describe('steward.mine', () => {
  it('answers the enterprise’s steward, or null when it has none', async () => {
    expect(await ok(bed, SX.ownerA, 'steward.mine')).toMatchObject({ steward: { _id: uid(SX.stewardA), name: '管家甲', enterpriseCount: 1 }, changeRequest: null })
    expect(await ok(bed, SX.ownerA2, 'steward.mine')).toEqual({ steward: null, changeRequest: null })
  })

  it('is for bound entrepreneurs only', async () => {
    for (const who of [SX.guest, SX.stewardA, SX.managerA, SX.admin]) {
      expect(await bed.call(who, 'steward.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})

describe('steward.requestChange', () => {
  it('creates a complaint about the steward, handled by the park manager', async () => {
    const r = await request()
    expect(r).toMatchObject({
      ok: true,
      data: { type: 'complaint', category: '企业管家', text: REASON, aboutSteward: true, aboutStewardName: '管家甲', assigneeName: '管理员甲', enterpriseName: SX.entA.name }
    })
    const id = r.ok ? (r.data as { _id: string })._id : ''
    expect(await ok(bed, SX.managerA, 'case.get', { id })).toMatchObject({ aboutStewardName: '管家甲' })
    expect(await ok(bed, SX.ownerA, 'steward.mine')).toMatchObject({ changeRequest: { caseId: id } })
  })

  it('is never seen by the current steward: not in detail, inbox or notifications', async () => {
    const r = await request()
    const id = r.ok ? (r.data as { _id: string })._id : ''
    expect(await bed.call(SX.stewardA, 'case.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await ok(bed, SX.stewardA, 'case.inbox', {})).total).toBe(0)
    const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(SX.stewardA) }).get()
    expect((data as unknown as NotificationDoc[]).filter((n) => n.caseId === id)).toEqual([])
    // the manager did hear of it
    const told = await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(SX.managerA), caseId: id }).count()
    expect(told.total).toBeGreaterThan(0)
  })

  it('is refused while an earlier request is open, and allowed again once it is resolved', async () => {
    const first = await request()
    const id = first.ok ? (first.data as { _id: string; version: number })._id : ''
    const before = digest(bed)
    expect(await request()).toMatchObject({ ok: false, error: { code: 'STEWARD_CHANGE_PENDING' } })
    expect(digest(bed)).toBe(before)

    await ok(bed, SX.managerA, 'steward.assign', { stewardId: uid(SX.stewardA2), enterpriseIds: [SX.entA._id], reason: '企业申请更换管家' })
    const { version } = await ok(bed, SX.managerA, 'case.get', { id })
    await ok(bed, SX.managerA, 'case.resolve', { id, version, summary: '已为企业更换管家为管家乙。' })
    expect(await ok(bed, SX.ownerA, 'steward.mine')).toMatchObject({ steward: { name: '管家乙' }, changeRequest: null })
    expect(await request()).toMatchObject({ ok: true, data: { aboutStewardName: '管家乙' } })
  })

  it('needs a steward to change, a reason of at least 10 characters, and a bound entrepreneur', async () => {
    const before = digest(bed)
    expect(await request(SX.ownerA2)).toMatchObject({ ok: false, error: { code: 'NO_STEWARD' } })
    expect(await request(SX.ownerA, '不满意')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason', message: '更换原因至少10个字' } })
    for (const who of [SX.guest, SX.stewardA, SX.managerA]) expect(await request(who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(digest(bed)).toBe(before)
  })
})
