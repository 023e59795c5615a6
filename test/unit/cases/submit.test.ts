/** Submitting: routing, numbers, deadlines, and who hears of a new case. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { snapshotCounts, openBed, type Bed } from '../helpers'
import { act, CX, notificationsOf, ok, putUser, seedCases, submitComplaint, submitConsult, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

describe('routing', () => {
  it("sends a consultation to the enterprise's own steward, even when others are less loaded", async () => {
    await submitConsult(bed)
    await submitConsult(bed)
    const c = await submitConsult(bed)
    expect(c).toMatchObject({ status: 'assigned', assigneeName: '管家甲' })
    expect((await notificationsOf(bed, CX.stewardA))[2]).toEqual(
      expect.objectContaining({ title: '新的咨询待受理', caseId: c._id, link: `/packages/case/detail/index?id=${c._id}`, template: 'caseProgress' })
    )
  })

  it("falls back to the park's least loaded steward when the enterprise has none", async () => {
    // ent-a2 has no steward; 管家甲 holds two open cases, 管家乙 none
    await submitConsult(bed)
    await submitConsult(bed)
    expect((await submitConsult(bed, CX.ownerA2)).assigneeName).toBe('管家乙')
    expect((await submitConsult(bed, CX.ownerA2)).assigneeName).toBe('管家乙')
    // two each: a tie goes to the first by id
    const first = [uid(CX.stewardA), uid(CX.stewardA2)].sort()[0] === uid(CX.stewardA) ? '管家甲' : '管家乙'
    expect((await submitConsult(bed, CX.ownerA2)).assigneeName).toBe(first)
  })

  it('counts only open cases as load', async () => {
    const mine = [await submitConsult(bed), await submitConsult(bed)]
    expect((await submitConsult(bed, CX.ownerA2)).assigneeName).toBe('管家乙')
    for (const c of mine) await act(bed, CX.stewardA, 'case.resolve', c._id, { summary: '已办理完毕。' })
    // 管家甲 has resolved two and holds none open; 管家乙 holds one
    expect((await submitConsult(bed, CX.ownerA2)).assigneeName).toBe('管家甲')
  })

  it('sends a complaint to a manager of the park, and to the city admin where the park has none', async () => {
    expect(await submitComplaint(bed)).toMatchObject({ status: 'assigned', assigneeName: '管理员甲' })
    await bed.db.collection(COLLECTIONS.users).doc(uid(CX.managerA)).remove()
    expect(await submitComplaint(bed)).toMatchObject({ status: 'assigned', assigneeName: '市级管理员' })
  })

  it('leaves a case unassigned when the park has nobody, and tells the people who assign', async () => {
    const c = await submitConsult(bed, CX.ownerC)
    expect(c).toMatchObject({ status: 'submitted', assigneeName: null, deadline: { kind: 'response' } })
    // park C has no manager either: the city admin hears of it
    expect(await notificationsOf(bed, CX.admin)).toEqual([expect.objectContaining({ title: '有咨询待分派', caseId: c._id })])
    const list = await ok(bed, CX.admin, 'case.supervise', { view: 'unassigned' })
    expect(list.items.map((i: { _id: string }) => i._id)).toEqual([c._id])
  })

  it('refuses a complaint about a steward when the enterprise has none, writing nothing', async () => {
    const before = await snapshotCounts(bed)
    const r = await bed.call(CX.ownerA2, 'case.submit', { type: 'complaint', category: '企业管家', text: '这是一条关于管家的投诉内容。', aboutSteward: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'aboutSteward' } })
    expect(await snapshotCounts(bed)).toEqual(before)
  })
})

describe('numbers', () => {
  it('numbers per type and Beijing day: prefix, date, four-digit sequence', async () => {
    // 2026-11-20 10:00 Beijing
    expect((await submitConsult(bed)).number).toBe('ZX20261120-0001')
    expect((await submitConsult(bed)).number).toBe('ZX20261120-0002')
    expect((await submitComplaint(bed)).number).toBe('TS20261120-0001')
    // 2026-11-21 00:30 Beijing is still the 20th in UTC: the Beijing day decides
    bed.clock.current = new Date('2026-11-20T16:30:00.000Z')
    expect((await submitConsult(bed)).number).toBe('ZX20261121-0001')
    bed.clock.current = new Date('2026-11-21T15:59:59.000Z')
    expect((await submitConsult(bed)).number).toBe('ZX20261121-0002')
  })

  it('gives simultaneous submits distinct consecutive numbers', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => submitConsult(bed)))
    expect(all.map((c) => c.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `ZX20261120-000${i + 1}`))
    const counter = await bed.db.collection(COLLECTIONS.counters).doc('ZX20261120').get()
    expect(counter.data).toMatchObject({ seq: 8 })
  })
})

describe('deadlines at submit', () => {
  it('counts working days from the Beijing day of submission (Friday → Monday, and the next Friday)', async () => {
    const c = await submitConsult(bed)
    expect(c).toMatchObject({
      responseDueAt: '2026-11-23T15:59:59.000Z',
      resolveDueAt: '2026-11-27T15:59:59.000Z',
      deadline: { kind: 'response', dueAt: '2026-11-23T15:59:59.000Z', overdue: false },
      calendarEstimated: false
    })
    const complaint = await submitComplaint(bed)
    // complaints: 10 working days to resolve
    expect(complaint.resolveDueAt).toBe('2026-12-04T15:59:59.000Z')
  })

  it('switches to the resolution deadline on first response', async () => {
    const c = await submitConsult(bed)
    const accepted = await act(bed, CX.stewardA, 'case.accept', c._id)
    expect(accepted).toMatchObject({ status: 'in_progress', firstResponseAt: bed.clock.current.toISOString(), deadline: { kind: 'resolve', dueAt: c.resolveDueAt } })
  })

  it('refuses attachments of an unsupported type or size', async () => {
    const base = { type: 'consult', category: '政策咨询', text: '附件测试：请问这个政策怎么申报？' }
    const exe = { fileID: 'cloud://env.bucket/202611/abc.exe', name: '工具.exe', size: 100, kind: 'file' }
    const big = { fileID: 'cloud://env.bucket/202611/abc.png', name: '照片.png', size: 11 * 1024 * 1024, kind: 'image' }
    expect(await bed.call(CX.ownerA, 'case.submit', { ...base, attachments: [exe] })).toMatchObject({ ok: false, error: { code: 'FILE_TYPE', field: 'attachments.0' } })
    // a harmless display name does not make the stored file acceptable
    const disguised = { ...exe, name: '说明.pdf' }
    expect(await bed.call(CX.ownerA, 'case.submit', { ...base, attachments: [disguised] })).toMatchObject({ ok: false, error: { code: 'FILE_TYPE' } })
    expect(await bed.call(CX.ownerA, 'case.submit', { ...base, attachments: [big] })).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } })
    const good = { fileID: `cloud://env.bucket/u/${uid(CX.ownerA)}/202611/abc.pdf`, name: '说明.pdf', size: 2048, kind: 'file' }
    expect(await bed.call(CX.ownerA, 'case.submit', { ...base, attachments: [good] })).toMatchObject({ ok: true, data: { attachments: [good] } })
  })

  it('an entrepreneur account without an approved membership may only consult as an individual', async () => {
    await putUser(bed, 'oid-cx-loose', 'entrepreneur', null, null, '未绑定')
    expect(await bed.call('oid-cx-loose', 'case.submit', { type: 'complaint', category: '办事效率', text: '窗口办事效率太低，排队两个小时。' })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
    const consult = await bed.call('oid-cx-loose', 'case.submit', { type: 'consult', category: '政策咨询', text: '请问这个政策怎么申报？' })
    expect(consult).toMatchObject({ ok: true, data: { enterpriseName: '个人咨询（待认证）', parkId: null } })
  })
})
