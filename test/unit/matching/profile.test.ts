/** 一企一档 through the router: who may read and edit it, validation, and the history. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { facts, MX, ok, seedSecondUser } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  await seedSecondUser(bed)
})
afterEach(() => bed.close())

describe('reading the profile', () => {
  it('gives a bound entrepreneur their own enterprise, with unfilled facts as null', async () => {
    expect(await ok(bed, FIX.ownerA, 'enterprise.profile')).toEqual({
      enterpriseId: FIX.entA._id,
      name: FIX.entA.name,
      parkId: FIX.parkA,
      industry: '智能制造',
      scale: '小型',
      foundedOn: '2020-05-01',
      employees: null,
      revenueBand: null,
      tags: [],
      updatedAt: null,
      updatedByName: null
    })
    expect(await ok(bed, FIX.ownerB, 'enterprise.profile')).toMatchObject({ enterpriseId: FIX.entB._id })
  })

  it('tells a guest to bind first and refuses staff', async () => {
    expect(await bed.call(FIX.guest, 'enterprise.profile')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
    for (const who of [FIX.stewardA, FIX.managerA, FIX.admin]) {
      expect(await bed.call(who, 'enterprise.profile')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await bed.call(who, 'enterprise.profileHistory')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})

describe('updating the profile', () => {
  it('saves the facts, stamps who and when, and records the change with readable labels', async () => {
    const saved = await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30, revenueBand: 'r2', tags: ['专精特新', '高新技术企业'] }))
    expect(saved).toMatchObject({
      employees: 30,
      revenueBand: 'r2',
      // catalogue order, whatever order the form sent
      tags: ['高新技术企业', '专精特新'],
      updatedAt: bed.clock.now().toISOString(),
      updatedByName: '甲企业主'
    })
    const { data } = await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA._id).get()
    expect(data).toMatchObject({ employees: 30, revenueBand: 'r2', creditCode: FIX.entA.creditCode, name: FIX.entA.name })

    const history = await ok(bed, FIX.ownerA, 'enterprise.profileHistory')
    expect(history).toMatchObject({ total: 1, page: 1, hasMore: false })
    expect(history.items).toEqual([
      {
        at: bed.clock.now().toISOString(),
        byName: '甲企业主',
        changes: [
          { field: 'employees', label: '员工人数', before: '未填写', after: '30 人' },
          { field: 'revenueBand', label: '营业收入', before: '未填写', after: '500万—2000万元' },
          { field: 'tags', label: '企业标签', before: '无', after: '高新技术企业、专精特新' }
        ]
      }
    ])
    const stored = await bed.db.collection(COLLECTIONS.profileChanges).get()
    expect(stored.data).toHaveLength(1)
    expect(stored.data[0]).toMatchObject({ enterpriseId: FIX.entA._id, byName: '甲企业主' })
    expect(typeof stored.data[0].byId).toBe('string')
  })

  it('writes nothing at all when nothing changed (tag order alone is no change)', async () => {
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30, tags: ['高新技术企业', '专精特新'] }))
    const before = digest(bed)
    bed.clock.advanceDays(1)
    const again = await ok(bed, MX.staffA, 'enterprise.updateProfile', facts({ employees: 30, tags: ['专精特新', '高新技术企业'] }))
    expect(again).toMatchObject({ employees: 30, updatedByName: '甲企业主' })
    expect(digest(bed)).toEqual(before)
  })

  it('lists the history newest first, paged, and only for the caller’s enterprise', async () => {
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 10 }))
    bed.clock.advanceDays(1)
    await ok(bed, MX.staffA, 'enterprise.updateProfile', facts({ employees: 25, foundedOn: '2019-03-01', industry: '新材料', scale: '中型' }))
    await ok(bed, FIX.ownerB, 'enterprise.updateProfile', facts({ employees: 5 }))

    const first = await ok(bed, FIX.ownerA, 'enterprise.profileHistory', { pageSize: 1 })
    expect(first).toMatchObject({ total: 2, hasMore: true })
    expect(first.items[0]).toMatchObject({
      byName: '甲企业员工',
      changes: [
        { field: 'industry', label: '所属行业', before: '智能制造', after: '新材料' },
        { field: 'scale', label: '企业规模', before: '小型', after: '中型' },
        { field: 'foundedOn', label: '成立日期', before: '2020-05-01', after: '2019-03-01' },
        { field: 'employees', label: '员工人数', before: '10 人', after: '25 人' }
      ]
    })
    const second = await ok(bed, FIX.ownerA, 'enterprise.profileHistory', { page: 2, pageSize: 1 })
    expect(second).toMatchObject({ total: 2, hasMore: false, items: [{ byName: '甲企业主' }] })
    expect(await ok(bed, FIX.ownerB, 'enterprise.profileHistory')).toMatchObject({ total: 1, items: [{ byName: '乙企业主' }] })
  })

  it('edits only the caller’s own enterprise: an id in the payload changes nothing', async () => {
    const entA = await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA._id).get()
    const saved = await ok(bed, FIX.ownerB, 'enterprise.updateProfile', { ...facts({ employees: 99 }), enterpriseId: FIX.entA._id })
    expect(saved).toMatchObject({ enterpriseId: FIX.entB._id, employees: 99 })
    expect((await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA._id).get()).data).toEqual(entA.data)
  })

  it('refuses guests and staff and writes nothing', async () => {
    const before = digest(bed)
    expect(await bed.call(FIX.guest, 'enterprise.updateProfile', facts({ employees: 5 }))).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
    for (const who of [FIX.stewardA, FIX.managerA, FIX.admin]) {
      expect(await bed.call(who, 'enterprise.updateProfile', facts({ employees: 5 }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(digest(bed)).toEqual(before)
  })

  it.each([
    [{ foundedOn: '2026-11-21' }, 'foundedOn', '成立日期不能晚于今天'],
    [{ foundedOn: '2026-02-30' }, 'foundedOn', '成立日期不存在，请核对'],
    [{ foundedOn: '20200501' }, 'foundedOn', '日期格式应为 YYYY-MM-DD'],
    [{ employees: -1 }, 'employees', '员工人数不能为负数'],
    [{ employees: 3.5 }, 'employees', '员工人数应为整数'],
    [{ revenueBand: 'r9' }, 'revenueBand', '请选择营业收入区间'],
    [{ tags: ['上市公司'] }, 'tags', '企业标签不存在'],
    [{ industry: '航天' }, 'industry', '请选择所属行业']
  ])('rejects %p with a message on %s, writing nothing', async (over, field, message) => {
    const before = digest(bed)
    const r = await bed.call(FIX.ownerA, 'enterprise.updateProfile', facts(over))
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } })
    if (!r.ok) expect(r.error.field?.startsWith(field)).toBe(true)
    expect(digest(bed)).toEqual(before)
  })

  it('takes "today" on the Beijing calendar: founding today is fine just after Beijing midnight', async () => {
    // 2026-11-20T16:30Z is already 21 November in Beijing
    bed.clock.current = new Date('2026-11-20T16:30:00.000Z')
    expect(await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ foundedOn: '2026-11-21' }))).toMatchObject({ foundedOn: '2026-11-21' })
    expect(await bed.call(FIX.ownerA, 'enterprise.updateProfile', facts({ foundedOn: '2026-11-22' }))).toMatchObject({ ok: false, error: { field: 'foundedOn' } })
  })
})
