/** A complaint about a steward never reaches that steward; the complainant is known to managers and the enterprise only. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { act, CX, notificationsOf, ok, seedCases, submitComplaint, tryAct, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

async function listTotals(openid: string): Promise<number[]> {
  const totals: number[] = []
  for (const filter of ['all', 'overdue', 'awaitingInfo']) totals.push((await ok(bed, openid, 'case.inbox', { filter })).total)
  return totals
}

describe('a complaint about 管家甲', () => {
  let id: string
  beforeEach(async () => {
    id = (await submitComplaint(bed, true))._id
  })

  it('goes to the park manager, names the steward to managers and the enterprise only', async () => {
    expect(await ok(bed, CX.managerA, 'case.get', { id })).toMatchObject({ assigneeName: '管理员甲', aboutSteward: true, aboutStewardName: '管家甲' })
    expect(await ok(bed, CX.ownerA, 'case.get', { id })).toMatchObject({ aboutSteward: true, aboutStewardName: '管家甲' })
    await act(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA2), note: '请核实' })
    expect(await ok(bed, CX.stewardA2, 'case.get', { id })).toMatchObject({ aboutSteward: true, aboutStewardName: null })
  })

  it('can never be given to that steward, and is not offered as a choice', async () => {
    const choices = await ok(bed, CX.managerA, 'case.assignees', { id })
    expect(choices.map((c: { name: string }) => c.name)).toEqual(['管家乙'])
    expect(await tryAct(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA) })).toMatchObject({ ok: false, error: { code: 'ASSIGNEE_INVALID', field: 'toUserId' } })
    expect(await tryAct(bed, CX.managerA, 'case.transfer', id, { toUserId: uid(CX.stewardA), reason: '转管家处理' })).toMatchObject({ ok: false, error: { code: 'ASSIGNEE_INVALID' } })
    await act(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA2) })
    expect(await tryAct(bed, CX.stewardA2, 'case.transfer', id, { toUserId: uid(CX.stewardA), reason: '转管家处理' })).toMatchObject({ ok: false, error: { code: 'ASSIGNEE_INVALID' } })
  })

  it('stays invisible to that steward through the whole loop: lists, counts, detail, assignees, notifications', async () => {
    await act(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA2) })
    await act(bed, CX.stewardA2, 'case.accept', id)
    await act(bed, CX.managerA, 'case.press', id, { note: '请尽快核实' })
    await act(bed, CX.stewardA2, 'case.resolve', id, { summary: '已约谈管家并协调供电部门。' })
    await act(bed, CX.ownerA, 'case.rate', id, { level: '非常不满意' })
    await act(bed, CX.managerA, 'case.reviewRectify', id, { note: '处理不到位' })

    expect(await bed.call(CX.stewardA, 'case.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(CX.stewardA, 'case.assignees', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(CX.stewardA, 'case.revisit', { id, version: 0, note: '已整改并回访' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await listTotals(CX.stewardA)).toEqual([0, 0, 0])
    expect((await notificationsOf(bed, CX.stewardA)).filter((n) => n.caseId === id)).toEqual([])
    // the handler did hear of it, so the notifications were written
    expect((await notificationsOf(bed, CX.stewardA2)).filter((n) => n.caseId === id).length).toBeGreaterThan(0)
  })

  it('stays hidden from that steward even if the assignment were forced in storage', async () => {
    await bed.db.collection(COLLECTIONS.cases).doc(id).update({ data: { assigneeId: uid(CX.stewardA), assigneeName: '管家甲' } })
    expect(await bed.call(CX.stewardA, 'case.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await listTotals(CX.stewardA)).toEqual([0, 0, 0])
  })
})

describe('the complainant', () => {
  it('is named to managers and the enterprise; a steward handling it sees a mask', async () => {
    const { _id: id } = await submitComplaint(bed)
    await act(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA2), note: '请核实' })
    await act(bed, CX.ownerA, 'case.supplement', id, { text: '补充：已多次电话联系未果。' })

    const steward = await ok(bed, CX.stewardA2, 'case.get', { id })
    expect(steward).toMatchObject({ submitterName: '投诉人信息仅管理人员可见', submitterPhone: '139****2222' })
    expect(steward.events.filter((e: { actorRole: string }) => e.actorRole === 'entrepreneur').map((e: { actorName: string }) => e.actorName)).toEqual(['投诉人', '投诉人'])
    expect(JSON.stringify(steward)).not.toMatch(/甲企业主|13911112222/)

    for (const reader of [CX.managerA, CX.admin, CX.ownerA]) {
      expect(await ok(bed, reader, 'case.get', { id })).toMatchObject({ submitterName: '甲企业主', submitterPhone: '13911112222' })
    }
  })

  it("of a consultation is visible to the steward handling it (they need to call back)", async () => {
    const { _id: id } = await submitComplaint(bed).then(() => ok(bed, CX.ownerA, 'case.submit', { type: 'consult', category: '政策咨询', text: '请问研发费用加计扣除怎么申报？' }))
    expect(await ok(bed, CX.stewardA, 'case.get', { id })).toMatchObject({ submitterName: '甲企业主', submitterPhone: '13911112222' })
  })

  it("does not see the staff's internal notes (assignment instructions, 督办)", async () => {
    const { _id: id } = await submitComplaint(bed)
    await act(bed, CX.managerA, 'case.assign', id, { toUserId: uid(CX.stewardA2), note: '重点关注' })
    await act(bed, CX.managerA, 'case.press', id, { note: '请今天回复' })
    const actions = (openid: string) => ok(bed, openid, 'case.get', { id }).then((c) => c.events.map((e: { action: string }) => e.action))
    expect(await actions(CX.ownerA)).toEqual(['submit', 'assign'])
    expect(await actions(CX.stewardA2)).toEqual(['submit', 'assign', 'assign', 'press'])
  })
})
