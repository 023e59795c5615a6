/** 好差评: a 差评 goes to review, then 整改 → 回访 → a new rating, or is rejected with a reason; the public board. */
import { digest, openBed, type Bed } from '../helpers'
import { act, CX, notificationsOf, ok, seedCases, submitConsult, tryAct } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

async function resolvedCase(): Promise<string> {
  const { _id: id } = await submitConsult(bed)
  await act(bed, CX.stewardA, 'case.accept', id)
  await act(bed, CX.stewardA, 'case.resolve', id, { summary: '已说明认定条件和申报时间。' })
  return id
}

it('a good rating closes the case', async () => {
  const id = await resolvedCase()
  const closed = await act(bed, CX.ownerA, 'case.rate', id, { level: '满意', tags: ['响应及时'], comment: '很快' })
  expect(closed).toMatchObject({ status: 'closed', rating: '满意', ratingDetail: { level: '满意', tags: ['响应及时'], comment: '很快' }, review: null, deadline: null })
  expect(closed.allowed).toEqual([])
})

it('差评 → review → rectify → 回访 → re-rating, with a second 差评 opening another review', async () => {
  const id = await resolvedCase()
  const rated = await act(bed, CX.ownerA, 'case.rate', id, { level: '不满意', tags: ['问题未解决'], comment: '只给了链接' })
  expect(rated).toMatchObject({ status: 'rated', review: { state: 'pending' } })
  expect((await ok(bed, CX.managerA, 'case.supervise', { view: 'review' })).items.map((c: { _id: string }) => c._id)).toEqual([id])
  expect((await notificationsOf(bed, CX.managerA)).map((n) => n.title)).toContain('差评待复核：不满意')

  // 2026-11-20 (Fri) + 5 working days for 整改 → Fri 2026-11-27
  const rectifying = await act(bed, CX.managerA, 'case.reviewRectify', id, { note: '答复只给了链接，未说明具体条件' })
  expect(rectifying).toMatchObject({
    status: 'rectifying',
    review: { state: 'rectify', note: '答复只给了链接，未说明具体条件', rectifyDueAt: '2026-11-27T15:59:59.000Z' },
    deadline: { kind: 'rectify', dueAt: '2026-11-27T15:59:59.000Z' }
  })
  expect((await ok(bed, CX.stewardA, 'case.inbox', {})).items.map((c: { _id: string }) => c._id)).toEqual([id])

  bed.clock.advanceDays(2)
  const revisited = await act(bed, CX.stewardA, 'case.revisit', id, { note: '已上门逐项讲解认定条件，企业已开始准备材料' })
  expect(revisited).toMatchObject({ status: 'resolved', deadline: null })
  expect(revisited.allowed).toEqual([])
  expect((await ok(bed, CX.ownerA, 'case.get', { id })).allowed).toEqual(['rate'])

  // a second 差评 opens another review
  const again = await act(bed, CX.ownerA, 'case.rate', id, { level: '非常不满意' })
  expect(again).toMatchObject({ status: 'rated', review: { state: 'pending' } })
  await act(bed, CX.managerA, 'case.reviewRectify', id, { note: '回访后问题仍未解决' })
  await act(bed, CX.managerA, 'case.revisit', id, { note: '园区协调专人陪同办理' })
  const final = await act(bed, CX.ownerA, 'case.rate', id, { level: '满意' })
  expect(final).toMatchObject({ status: 'closed', rating: '满意' })
  expect(final.events.map((e: { action: string }) => e.action)).toEqual([
    'submit', 'assign', 'accept', 'resolve', 'rate', 'review_rectify', 'revisit', 'rate', 'review_rectify', 'revisit', 'rate'
  ])

  const board = await ok(bed, CX.guest, 'rectified.list', {})
  expect(board.items).toEqual([
    { _id: id, type: 'consult', category: '政策咨询', problem: '回访后问题仍未解决', action: '园区协调专人陪同办理', firstRating: '不满意', newRating: '满意', rectifiedAt: bed.clock.current.toISOString() }
  ])
})

it('the public board is anonymised and shows no new rating before one is given', async () => {
  const id = await resolvedCase()
  await act(bed, CX.ownerA, 'case.rate', id, { level: '不满意', comment: '甲企业主的私人意见' })
  await act(bed, CX.managerA, 'case.reviewRectify', id, { note: '答复不具体' })
  await act(bed, CX.stewardA, 'case.revisit', id, { note: '已重新答复' })
  const board = await ok(bed, CX.guest, 'rectified.list', {})
  expect(board).toMatchObject({ total: 1, items: [{ problem: '答复不具体', action: '已重新答复', firstRating: '不满意', newRating: null }] })
  expect(Object.keys(board.items[0]).sort()).toEqual(['_id', 'action', 'category', 'firstRating', 'newRating', 'problem', 'rectifiedAt', 'type'])
  expect(JSON.stringify(board)).not.toMatch(/甲企业主|精工|管家甲|高新技术|已说明认定条件/)
})

it('reviewReject closes the case with a reason the enterprise reads', async () => {
  const id = await resolvedCase()
  await act(bed, CX.ownerA, 'case.rate', id, { level: '不满意' })
  const closed = await act(bed, CX.managerA, 'case.reviewReject', id, { reason: '经核实已按政策办理到位' })
  expect(closed).toMatchObject({ status: 'closed', review: { state: 'rejected', note: '经核实已按政策办理到位' } })
  const seen = await ok(bed, CX.ownerA, 'case.get', { id })
  expect(seen.review).toMatchObject({ state: 'rejected', note: '经核实已按政策办理到位' })
  expect(seen.events.at(-1)).toMatchObject({ action: 'review_reject', note: '经核实已按政策办理到位', visibility: 'all' })
  expect((await notificationsOf(bed, CX.ownerA)).map((n) => n.title)).toContain('差评复核结果：不予整改')
  expect((await ok(bed, CX.guest, 'rectified.list', {})).total).toBe(0)
})

it('only the enterprise rates; nobody rates on its behalf', async () => {
  const id = await resolvedCase()
  const before = digest(bed)
  for (const who of [CX.stewardA, CX.managerA, CX.admin]) {
    expect(await tryAct(bed, who, 'case.rate', id, { level: '非常满意' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
  expect(await tryAct(bed, CX.ownerB, 'case.rate', id, { level: '非常满意' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await tryAct(bed, CX.ownerA, 'case.rate', id, { level: '满意', tags: ['随便写的'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'tags' } })
  expect(digest(bed)).toBe(before)
})

it('a stale version answers CASE_STALE and writes nothing', async () => {
  const { _id: id, version } = await submitConsult(bed)
  await act(bed, CX.stewardA, 'case.accept', id)
  const before = digest(bed)
  const r = await bed.call(CX.ownerA, 'case.withdraw', { id, version, reason: '' })
  expect(r).toMatchObject({ ok: false, error: { code: 'CASE_STALE' } })
  expect(await bed.call(CX.stewardA, 'case.reply', { id, version, text: '你好，已收到' })).toMatchObject({ ok: false, error: { code: 'CASE_STALE' } })
  expect(digest(bed)).toBe(before)
})
