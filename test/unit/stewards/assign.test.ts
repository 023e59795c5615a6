/**
 * Bulk assignment: history per changed enterprise, new consultations follow the new
 * steward, open cases stay; park managers only within their park, and a refused batch
 * writes nothing.
 */
import { COLLECTIONS, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, openBed, type Bed } from '../helpers'
import { CONSULT, ok, seedStewards, SX, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedStewards(bed)
})
afterEach(() => bed.close())

const assign = (openid: string, stewardOpenid: string, enterpriseIds: string[], reason = '园区管家分工调整') =>
  bed.call(openid, 'steward.assign', { stewardId: uid(stewardOpenid), enterpriseIds, reason })

async function stewardOf(enterpriseId: string): Promise<string | null> {
  const { data } = await bed.db.collection(COLLECTIONS.enterprises).doc(enterpriseId).get()
  return data?.stewardId ?? null
}

describe('steward.assign by the park manager', () => {
  it('changes every enterprise, writes one history record each, and says what happened', async () => {
    const r = await assign(SX.managerA, SX.stewardA2, [SX.entA._id, SX.entA2._id])
    expect(r).toMatchObject({ ok: true, data: { changed: 2, unchanged: 0, openCasesKept: 0 } })
    expect(await stewardOf(SX.entA._id)).toBe(uid(SX.stewardA2))
    expect(await stewardOf(SX.entA2._id)).toBe(uid(SX.stewardA2))

    const history = await ok(bed, SX.managerA, 'steward.assignments', {})
    expect(history.total).toBe(2)
    const byEnterprise = Object.fromEntries(history.items.map((h: { enterpriseId: string }) => [h.enterpriseId, h]))
    expect(byEnterprise[SX.entA._id]).toMatchObject({
      enterpriseName: SX.entA.name,
      parkId: SX.parkA,
      fromStewardId: uid(SX.stewardA),
      fromStewardName: '管家甲',
      toStewardId: uid(SX.stewardA2),
      toStewardName: '管家乙',
      byId: uid(SX.managerA),
      byName: '管理员甲',
      reason: '园区管家分工调整',
      at: bed.clock.current.toISOString()
    })
    expect(byEnterprise[SX.entA2._id]).toMatchObject({ fromStewardId: null, fromStewardName: null, toStewardName: '管家乙' })
    expect(r.ok && r.data.note).toContain('今后这些企业新提交的咨询和服务申请将交给管家乙')
  })

  it('routes the next consultation to the new steward', async () => {
    const before = await ok(bed, SX.ownerA, 'case.submit', CONSULT)
    expect(before.assigneeName).toBe('管家甲')
    await assign(SX.managerA, SX.stewardA2, [SX.entA._id])
    const after = await ok(bed, SX.ownerA, 'case.submit', CONSULT)
    expect(after.assigneeName).toBe('管家乙')
    expect((await ok(bed, SX.stewardA2, 'case.inbox', {})).items.map((c: { _id: string }) => c._id)).toEqual([after._id])
  })

  it('leaves open cases with their handler and says how many', async () => {
    const open = await ok(bed, SX.ownerA, 'case.submit', CONSULT)
    const r = await ok(bed, SX.managerA, 'steward.assign', { stewardId: uid(SX.stewardA2), enterpriseIds: [SX.entA._id], reason: '工作调整' })
    expect(r.openCasesKept).toBe(1)
    expect(r.note).toContain('已在办理中的1件事项不随之转移，仍由原管家继续办结')
    expect(await ok(bed, SX.stewardA, 'case.get', { id: open._id })).toMatchObject({ assigneeName: '管家甲' })
  })

  it('writes nothing for an enterprise that already has this steward', async () => {
    await assign(SX.managerA, SX.stewardA2, [SX.entA2._id])
    const r = await ok(bed, SX.managerA, 'steward.assign', { stewardId: uid(SX.stewardA2), enterpriseIds: [SX.entA._id, SX.entA2._id], reason: '再次确认' })
    expect(r).toMatchObject({ changed: 1, unchanged: 1 })
    expect(r.records.map((h: { enterpriseId: string }) => h.enterpriseId)).toEqual([SX.entA._id])
    expect((await ok(bed, SX.managerA, 'steward.assignments', {})).total).toBe(2)

    const before = digest(bed)
    const again = await ok(bed, SX.managerA, 'steward.assign', { stewardId: uid(SX.stewardA2), enterpriseIds: [SX.entA._id], reason: '再次确认' })
    expect(again).toMatchObject({ changed: 0, unchanged: 1, records: [] })
    expect(again.note).toContain('未作变更')
    expect(digest(bed)).toBe(before)
  })

  it('tells the new steward, the previous steward and the enterprise', async () => {
    await assign(SX.managerA, SX.stewardA2, [SX.entA._id, SX.entA2._id])
    const titles = async (openid: string) => {
      const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(openid) }).get()
      return (data as unknown as NotificationDoc[]).map((n) => n.title)
    }
    expect(await titles(SX.stewardA2)).toEqual(['您新增负责2家企业'])
    expect(await titles(SX.stewardA)).toEqual(['1家企业已改由管家乙负责'])
    expect(await titles(SX.ownerA)).toEqual(['贵企业的企业管家已更换为管家乙'])
    expect(await titles(SX.ownerA2)).toEqual(['贵企业的企业管家已更换为管家乙'])
    expect(await titles(SX.ownerB)).toEqual([])
  })
})

describe('park scope', () => {
  it('a park manager cannot assign a steward of another park: PARK_SCOPE, nothing written', async () => {
    const before = digest(bed)
    expect(await assign(SX.managerA, SX.stewardB, [SX.entA._id])).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE', field: 'stewardId' } })
    expect(digest(bed)).toBe(before)
  })

  it('a park manager cannot assign enterprises of another park, not even one in a batch: nothing written', async () => {
    const before = digest(bed)
    expect(await assign(SX.managerA, SX.stewardA2, [SX.entB._id])).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE', field: 'enterpriseIds' } })
    expect(await assign(SX.managerA, SX.stewardA2, [SX.entA2._id, SX.entB._id])).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(await assign(SX.managerB, SX.stewardB, [SX.entA._id])).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(digest(bed)).toBe(before)
    expect(await stewardOf(SX.entA2._id)).toBeNull()
  })

  it('the admin assigns in any park, but not a park steward to another park’s enterprise', async () => {
    expect(await assign(SX.admin, SX.stewardB, [SX.entB._id])).toMatchObject({ ok: true, data: { changed: 1 } })
    const before = digest(bed)
    expect(await assign(SX.admin, SX.stewardA, [SX.entB._id])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'enterpriseIds' } })
    expect(digest(bed)).toBe(before)
  })

  it('only managers assign; the target must be a steward; every enterprise must exist', async () => {
    const before = digest(bed)
    for (const who of [SX.stewardA, SX.ownerA, SX.guest]) {
      expect(await assign(who, SX.stewardA2, [SX.entA._id])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await assign(SX.managerA, SX.managerA, [SX.entA._id])).toMatchObject({ ok: false, error: { code: 'ASSIGNEE_INVALID', field: 'stewardId' } })
    expect(await assign(SX.managerA, SX.stewardA2, [SX.entA._id, 'ent-missing'])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'enterpriseIds' } })
    expect(await assign(SX.managerA, SX.stewardA2, [SX.entA._id, SX.entA._id])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '所选企业有重复' } })
    expect(await assign(SX.managerA, SX.stewardA2, [])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const many = Array.from({ length: 101 }, (_, i) => `ent-${i}`)
    expect(await assign(SX.managerA, SX.stewardA2, many)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '一次最多指派100家企业' } })
    expect(await assign(SX.managerA, SX.stewardA2, [SX.entA._id], ' ')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } })
    expect(digest(bed)).toBe(before)
  })
})

describe('steward.assignments', () => {
  beforeEach(async () => {
    await assign(SX.managerA, SX.stewardA2, [SX.entA._id])
    bed.clock.advanceDays(1)
    await assign(SX.managerA, SX.stewardA, [SX.entA._id, SX.entA2._id], '恢复原分工')
    await assign(SX.managerB, SX.stewardB, [SX.entB._id])
  })

  it('lists the manager’s own park, newest first', async () => {
    const a = await ok(bed, SX.managerA, 'steward.assignments', {})
    expect(a.total).toBe(3)
    expect(a.items[0].reason).toBe('恢复原分工')
    expect(a.items.every((h: { parkId: string }) => h.parkId === SX.parkA)).toBe(true)
    expect((await ok(bed, SX.managerB, 'steward.assignments', {})).items.map((h: { enterpriseId: string }) => h.enterpriseId)).toEqual([SX.entB._id])
    expect((await ok(bed, SX.admin, 'steward.assignments', {})).total).toBe(4)
  })

  it('filters by enterprise, and by steward on either side of the change', async () => {
    expect((await ok(bed, SX.managerA, 'steward.assignments', { enterpriseId: SX.entA._id })).total).toBe(2)
    const a2 = await ok(bed, SX.managerA, 'steward.assignments', { stewardId: uid(SX.stewardA2) })
    expect(a2.items.map((h: { fromStewardName: string; toStewardName: string }) => `${h.fromStewardName}→${h.toStewardName}`)).toEqual(['管家乙→管家甲', '管家甲→管家乙'])
  })

  it('refuses another park’s enterprise or steward, and non-managers', async () => {
    expect(await bed.call(SX.managerB, 'steward.assignments', { enterpriseId: SX.entA._id })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(await bed.call(SX.managerB, 'steward.assignments', { stewardId: uid(SX.stewardA) })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect(await bed.call(SX.stewardA, 'steward.assignments', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('steward.enterprises', () => {
  it('lists the manager’s park with the current steward; another park is refused', async () => {
    const { items } = await ok(bed, SX.managerA, 'steward.enterprises', {})
    // by name as stored: 示 (U+793A) before 第 (U+7B2C)
    expect(items.map((e: { _id: string; stewardName: string | null }) => [e._id, e.stewardName])).toEqual([
      [SX.entA._id, '管家甲'],
      [SX.entA2._id, null]
    ])
    expect(items.every((e: { parkId: string; parkName: string }) => e.parkId === SX.parkA && e.parkName === '示例高新区')).toBe(true)
    expect(items).toHaveLength(2)
    expect(await bed.call(SX.managerA, 'steward.enterprises', { parkId: SX.parkB })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
  })

  it('filters to unassigned enterprises and by name', async () => {
    expect((await ok(bed, SX.managerA, 'steward.enterprises', { unassignedOnly: true })).items.map((e: { _id: string }) => e._id)).toEqual([SX.entA2._id])
    expect((await ok(bed, SX.managerA, 'steward.enterprises', { q: '材料' })).items.map((e: { _id: string }) => e._id)).toEqual([SX.entA2._id])
    expect((await ok(bed, SX.admin, 'steward.enterprises', {})).total).toBe(3)
    expect((await ok(bed, SX.admin, 'steward.enterprises', { parkId: SX.parkB })).items.map((e: { _id: string }) => e._id)).toEqual([SX.entB._id])
  })
})

describe('two managers at once', () => {
  it('keep the history a chain: the later change starts from the earlier one’s steward', async () => {
    const results = await Promise.all([assign(SX.managerA, SX.stewardA, [SX.entA2._id]), assign(SX.admin, SX.stewardA2, [SX.entA2._id])])
    expect(results.every((r) => r.ok)).toBe(true)
    const { items } = await ok(bed, SX.admin, 'steward.assignments', { enterpriseId: SX.entA2._id })
    expect(items).toHaveLength(2)
    const first = items.find((h: { fromStewardId: string | null }) => h.fromStewardId === null)
    const second = items.find((h: { fromStewardId: string | null }) => h.fromStewardId !== null)
    expect(second.fromStewardId).toBe(first.toStewardId)
    expect(await stewardOf(SX.entA2._id)).toBe(second.toStewardId)
  })
})
