/** 我的办件, the inbox and the supervision views: filters, order and scope. */
import { openBed, type Bed } from '../helpers'
import { act, CX, ok, seedCases, submitComplaint, submitConsult } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

const ids = (page: { items: Array<{ _id: string }> }) => page.items.map((c) => c._id)

it('我的办件: own enterprise only, newest first, by filter and type, without the heavy fields', async () => {
  const a = await submitConsult(bed)
  bed.clock.advanceDays(0.01)
  const b = await submitComplaint(bed)
  bed.clock.advanceDays(0.01)
  const c = await submitConsult(bed)
  await submitConsult(bed, CX.ownerA2)
  await act(bed, CX.stewardA, 'case.resolve', c._id, { summary: '已办理完毕。' })

  const all = await ok(bed, CX.ownerA, 'case.mine', {})
  expect(ids(all)).toEqual([c._id, b._id, a._id])
  expect(all.total).toBe(3)
  expect(all.items[0]).not.toHaveProperty('text')
  expect(all.items[0]).not.toHaveProperty('events')
  expect(all.items[1]).toMatchObject({ title: '企业管家承诺协调用电增容，一个月没有任何答复，影响投产。', type: 'complaint' })
  expect(ids(await ok(bed, CX.ownerA, 'case.mine', { filter: 'toRate' }))).toEqual([c._id])
  expect(ids(await ok(bed, CX.ownerA, 'case.mine', { filter: 'active' }))).toEqual([b._id, a._id])
  expect(ids(await ok(bed, CX.ownerA, 'case.mine', { filter: 'active', type: 'complaint' }))).toEqual([b._id])
  expect(await ok(bed, CX.ownerA, 'case.mine', { pageSize: 2, page: 2 })).toMatchObject({ total: 3, hasMore: false, items: [{ _id: a._id }] })
})

it('inbox: what I hold and is open, the most urgent deadline first, with filters', async () => {
  const early = await submitConsult(bed)
  bed.clock.advanceDays(3) // Monday: its response is due Tuesday
  const late = await submitConsult(bed)
  const done = await submitConsult(bed)
  await act(bed, CX.stewardA, 'case.resolve', done._id, { summary: '已办理完毕。' })
  expect(ids(await ok(bed, CX.stewardA, 'case.inbox', {}))).toEqual([early._id, late._id])

  await act(bed, CX.stewardA, 'case.accept', late._id)
  await act(bed, CX.stewardA, 'case.requestInfo', late._id, { text: '请补充营业执照' })
  expect(ids(await ok(bed, CX.stewardA, 'case.inbox', { filter: 'awaitingInfo' }))).toEqual([late._id])

  bed.clock.current = new Date('2026-11-24T00:00:00.000Z') // past early's Monday deadline, before the sweep
  expect(ids(await ok(bed, CX.stewardA, 'case.inbox', { filter: 'overdue' }))).toEqual([early._id])
  expect((await ok(bed, CX.stewardA, 'case.inbox', {})).items[0].deadline).toMatchObject({ kind: 'response', overdue: true })
  expect((await ok(bed, CX.stewardA2, 'case.inbox', {})).total).toBe(0)
})

it('supervise: a manager sees their park, the admin the city', async () => {
  const a = await submitConsult(bed)
  const b = await submitConsult(bed, CX.ownerB)
  const c = await submitConsult(bed, CX.ownerC)
  expect(ids(await ok(bed, CX.managerA, 'case.supervise', { view: 'all' }))).toEqual([a._id])
  expect(ids(await ok(bed, CX.managerB, 'case.supervise', { view: 'open' }))).toEqual([b._id])
  expect(ids(await ok(bed, CX.admin, 'case.supervise', { view: 'unassigned' }))).toEqual([c._id])
  expect((await ok(bed, CX.admin, 'case.supervise', { view: 'all' })).total).toBe(3)
  expect((await ok(bed, CX.managerA, 'case.supervise', {})).total).toBe(0)
  expect(await bed.call(CX.managerB, 'case.get', { id: a._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await bed.call(CX.stewardA, 'case.supervise', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  // review queues and overdue views, for a park and for the city
  await act(bed, CX.stewardA, 'case.resolve', a._id, { summary: '已办理完毕。' })
  await act(bed, CX.ownerA, 'case.rate', a._id, { level: '不满意' })
  expect(ids(await ok(bed, CX.managerA, 'case.supervise', { view: 'review' }))).toEqual([a._id])
  expect(ids(await ok(bed, CX.managerB, 'case.supervise', { view: 'review' }))).toEqual([])
  expect(ids(await ok(bed, CX.admin, 'case.supervise', { view: 'review' }))).toEqual([a._id])
  expect(ids(await ok(bed, CX.admin, 'case.supervise', { view: 'open' })).sort()).toEqual([b._id, c._id].sort())
  expect((await ok(bed, CX.admin, 'case.supervise', { view: 'overdue' })).total).toBe(0)
  bed.clock.current = new Date('2026-11-24T00:00:00.000Z')
  expect(ids(await ok(bed, CX.admin, 'case.supervise', { view: 'overdue' })).sort()).toEqual([b._id, c._id].sort())
  expect(ids(await ok(bed, CX.managerB, 'case.supervise', { view: 'overdue', type: 'consult' }))).toEqual([b._id])
  expect(ids(await ok(bed, CX.managerB, 'case.supervise', { view: 'overdue', type: 'complaint' }))).toEqual([])
})

it('assignees: the park staff with their load, the enterprise steward first, the holder left out', async () => {
  const a = await submitConsult(bed)
  await submitConsult(bed, CX.ownerA2)
  const choices = await ok(bed, CX.managerA, 'case.assignees', { id: a._id })
  expect(choices.map((c: { name: string; load: number; isEnterpriseSteward: boolean }) => [c.name, c.load, c.isEnterpriseSteward])).toEqual([
    ['管家乙', 1, false],
    ['管理员甲', 0, false]
  ])
  const b = await submitComplaint(bed)
  const forComplaint = await ok(bed, CX.managerA, 'case.assignees', { id: b._id })
  expect(forComplaint.map((c: { name: string; isEnterpriseSteward: boolean }) => [c.name, c.isEnterpriseSteward])).toEqual([
    ['管家甲', true],
    ['管家乙', false]
  ])
  expect(await bed.call(CX.ownerA, 'case.assignees', { id: a._id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
