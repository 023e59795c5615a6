/** 为我推荐 and the 免申即享 list through the router, on policies stored directly. */
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { facts, ok, putPolicy } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  // ent-a: 智能制造, 小型, founded 2020-05-01, no employees or revenue filled in; today is 2026-11-20 in Beijing
  await putPolicy(bed, 'p-open', { publishedAt: '2026-10-05T00:00:00.000Z' })
  await putPolicy(bed, 'p-exempt', { exempt: true, publishedAt: '2026-10-04T00:00:00.000Z' })
  await putPolicy(bed, 'p-soon', { applyFrom: '2026-11-01', applyUntil: '2026-11-25', publishedAt: '2026-09-01T00:00:00.000Z' })
  await putPolicy(bed, 'p-closed', { applyFrom: '2026-10-01', applyUntil: '2026-11-10', publishedAt: '2026-10-09T00:00:00.000Z' })
  await putPolicy(bed, 'p-staff', { criteria: { minEmployees: 20 }, publishedAt: '2026-10-03T00:00:00.000Z' })
  await putPolicy(bed, 'p-exempt-staff', { exempt: true, criteria: { minEmployees: 20 }, publishedAt: '2026-10-02T00:00:00.000Z' })
  await putPolicy(bed, 'p-park-b', { criteria: { parkIds: [FIX.parkB] } })
  await putPolicy(bed, 'p-trade', { criteria: { industries: ['商贸服务'] }, exempt: true })
  // never listed
  await putPolicy(bed, 'p-expired', { expiresOn: '2026-11-19' })
  await putPolicy(bed, 'p-draft', { editStatus: 'draft', publishedAt: null })
  await putPolicy(bed, 'p-withdrawn', { editStatus: 'withdrawn', withdrawnAt: '2026-11-01T00:00:00.000Z' })
})
afterEach(() => bed.close())

const ids = (page: { items: Array<{ _id: string }> }) => page.items.map((p) => p._id)

it('lists eligible first (soonest deadline first), then almost, then the rest; never expired, drafts or withdrawn', async () => {
  const page = await ok(bed, FIX.ownerA, 'policy.recommend', { pageSize: 50 })
  expect(ids(page)).toEqual(['p-soon', 'p-open', 'p-exempt', 'p-closed', 'p-staff', 'p-exempt-staff', 'p-park-b', 'p-trade'])
  expect(page).toMatchObject({ total: 8, page: 1, pageSize: 50, hasMore: false })
  const staff = page.items.find((p: { _id: string }) => p._id === 'p-staff')
  expect(staff).toMatchObject({
    title: '示例政策p-staff',
    status: 'in_force',
    match: { verdict: 'almost', conditions: [{ key: 'minEmployees', state: 'unknown', message: '需员工不少于 20 人，您的企业尚未填报员工人数（请在企业档案中补充）' }] }
  })
  expect(page.items.find((p: { _id: string }) => p._id === 'p-park-b').match).toEqual({
    verdict: 'ineligible',
    conditions: [{ key: 'parkIds', state: 'unmet', message: '限示例经开区的企业，您的企业位于示例高新区' }]
  })
  expect(page.items[0].window).toEqual({ state: 'open', daysLeft: 5 })
})

it('filters by verdict and pages in memory', async () => {
  const almost = await ok(bed, FIX.ownerA, 'policy.recommend', { verdict: 'almost' })
  expect(ids(almost)).toEqual(['p-staff', 'p-exempt-staff'])
  const first = await ok(bed, FIX.ownerA, 'policy.recommend', { verdict: 'eligible', pageSize: 3 })
  expect(first).toMatchObject({ total: 4, hasMore: true })
  expect(ids(first)).toEqual(['p-soon', 'p-open', 'p-exempt'])
  const second = await ok(bed, FIX.ownerA, 'policy.recommend', { verdict: 'eligible', pageSize: 3, page: 2 })
  expect(second).toMatchObject({ total: 4, hasMore: false })
  expect(ids(second)).toEqual(['p-closed'])
  expect(ids(await ok(bed, FIX.ownerA, 'policy.recommend', { verdict: 'ineligible' }))).toEqual(['p-park-b', 'p-trade'])
})

it('免申即享 lists the exempt policies the enterprise is eligible for, and follows profile edits', async () => {
  expect(ids(await ok(bed, FIX.ownerA, 'policy.recommend', { exemptOnly: true }))).toEqual(['p-exempt'])
  await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 25 }))
  expect(ids(await ok(bed, FIX.ownerA, 'policy.recommend', { exemptOnly: true }))).toEqual(['p-exempt', 'p-exempt-staff'])
  expect(await ok(bed, FIX.ownerA, 'policy.recommend', { exemptOnly: true, verdict: 'almost' })).toMatchObject({ total: 0, items: [] })
})

it('judges each enterprise by its own profile', async () => {
  const b = await ok(bed, FIX.ownerB, 'policy.recommend', { verdict: 'eligible', pageSize: 50 })
  expect(ids(b)).toEqual(['p-soon', 'p-open', 'p-exempt', 'p-park-b', 'p-closed'])
})

it('counts founding years on the Beijing calendar day', async () => {
  await putPolicy(bed, 'p-two-years', { criteria: { minYearsFounded: 2 } })
  await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ foundedOn: '2024-11-21' }))
  // 2026-11-20T16:30Z is 21 November in Beijing: two full years, whatever the machine's zone
  bed.clock.current = new Date('2026-11-20T15:59:00.000Z')
  const before = await ok(bed, FIX.ownerA, 'policy.recommend', { pageSize: 50 })
  expect(before.items.find((p: { _id: string }) => p._id === 'p-two-years').match.conditions[0].message).toBe('需成立满 2 年，您的企业成立 1 年 11 个月')
  bed.clock.current = new Date('2026-11-20T16:30:00.000Z')
  const after = await ok(bed, FIX.ownerA, 'policy.recommend', { pageSize: 50 })
  expect(after.items.find((p: { _id: string }) => p._id === 'p-two-years').match).toMatchObject({ verdict: 'eligible', conditions: [{ message: '需成立满 2 年，您的企业已成立 2 年' }] })
})

it('tells a guest to bind first and refuses staff', async () => {
  expect(await bed.call(FIX.guest, 'policy.recommend', {})).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
  expect(await bed.call(FIX.managerA, 'policy.recommend', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await bed.call(FIX.ownerA, 'policy.recommend', { verdict: 'maybe' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '筛选条件不存在' } })
})
