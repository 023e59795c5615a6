/**
 * 待认证 users may consult as individuals: the case has no enterprise, goes to the park of
 * their pending request (its least loaded steward) or, without one, to the city; only the
 * submitter and the staff handling it see it; the submitter supplements, withdraws, rates.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { applyForA, MB, notificationsOf, ok, seedMembership, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedMembership(bed)
})
afterEach(() => bed.close())

const consult = { type: 'consult', category: '办事指南', text: '个人想咨询：新办企业需要准备哪些材料？' }

it('with a pending request: routed to that park’s steward, visible to the submitter and the handling staff only', async () => {
  await applyForA(bed, MB.stranger)
  const c = await ok(bed, MB.stranger, 'case.submit', consult)
  expect(c).toMatchObject({ enterpriseName: '个人咨询（待认证）', parkId: MB.parkA, status: 'assigned', assigneeName: '管家甲' })
  expect((await bed.db.collection(COLLECTIONS.cases).doc(c._id).get()).data).toMatchObject({ enterpriseId: null, submitterId: uid(MB.stranger) })
  expect((await notificationsOf(bed, MB.stewardA)).map((n) => n.title)).toContain('新的咨询待受理')

  expect((await ok(bed, MB.stranger, 'case.mine', {})).items.map((x: { _id: string }) => x._id)).toEqual([c._id])
  for (const openid of [MB.stewardA, MB.managerA, MB.admin]) expect(await ok(bed, openid, 'case.get', { id: c._id })).toMatchObject({ _id: c._id })
  // nobody from any enterprise, another guest, another park
  for (const openid of [MB.ownerA, MB.ownerB, MB.colleague, MB.managerB, MB.guest]) {
    expect(await bed.call(openid, 'case.get', { id: c._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  }
  expect((await ok(bed, MB.ownerA, 'case.mine', {})).total).toBe(0)
  expect((await ok(bed, MB.colleague, 'case.mine', {})).total).toBe(0)
})

it('the submitter supplements, withdraws or rates it; a complaint needs a membership', async () => {
  await applyForA(bed, MB.stranger)
  expect(await bed.call(MB.stranger, 'case.submit', { type: 'complaint', category: '办事效率', text: '个人投诉：窗口排队时间太长了。' })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
  const c = await ok(bed, MB.stranger, 'case.submit', consult)
  const supplemented = await ok(bed, MB.stranger, 'case.supplement', { id: c._id, version: c.version, text: '补充：计划注册在高新区。' })
  expect(supplemented.allowed).toEqual(expect.arrayContaining(['withdraw', 'supplement']))
  // the steward answers and resolves; the submitter rates
  let v = (await ok(bed, MB.stewardA, 'case.accept', { id: c._id, version: supplemented.version })).version
  v = (await ok(bed, MB.stewardA, 'case.resolve', { id: c._id, version: v, summary: '已电话告知所需材料清单。' })).version
  expect((await notificationsOf(bed, MB.stranger)).map((n) => n.title)).toContain('您的咨询已办结，请评价')
  expect(await bed.call(MB.colleague, 'case.rate', { id: c._id, version: v, level: '非常满意' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await ok(bed, MB.stranger, 'case.rate', { id: c._id, version: v, level: '满意' })).toMatchObject({ status: 'closed' })

  const second = await ok(bed, MB.stranger, 'case.submit', { ...consult, text: '再问一个问题：社保开户在哪里办？' })
  expect(await ok(bed, MB.stranger, 'case.withdraw', { id: second._id, version: second.version, reason: '已自行解决' })).toMatchObject({ status: 'withdrawn' })
})

it('without a request, a guest’s consult is handled at city level; park managers do not see it', async () => {
  const c = await ok(bed, MB.guest2, 'case.submit', consult)
  expect(c).toMatchObject({ parkId: null, assigneeName: '市级管理员' })
  expect(await ok(bed, MB.admin, 'case.get', { id: c._id })).toMatchObject({ _id: c._id })
  for (const openid of [MB.managerA, MB.managerB, MB.stewardA]) {
    expect(await bed.call(openid, 'case.get', { id: c._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  }
  expect((await ok(bed, MB.managerA, 'case.supervise', { view: 'all' })).total).toBe(0)
  expect((await ok(bed, MB.admin, 'case.supervise', { view: 'open' })).items.map((x: { _id: string }) => x._id)).toContain(c._id)
  // the guest had no account: the consult created it, so the case belongs to someone
  expect((await bed.db.collection(COLLECTIONS.users).doc(uid(MB.guest2)).get()).data).toMatchObject({ role: 'guest' })
  expect((await ok(bed, MB.guest2, 'case.mine', {})).total).toBe(1)
})

it('the submitter keeps their consult after their membership is approved', async () => {
  const id = await applyForA(bed, MB.stranger)
  const c = await ok(bed, MB.stranger, 'case.submit', consult)
  await ok(bed, MB.managerA, 'membership.approve', { id })
  expect(await ok(bed, MB.stranger, 'case.get', { id: c._id })).toMatchObject({ _id: c._id })
  // the enterprise's other members still do not see it
  expect(await bed.call(MB.ownerA, 'case.get', { id: c._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
