/** The clock jobs: escalation step by step and exactly once, and the rating reminder. */
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { act, CX, notificationsOf, ok, seedCases, submitConsult } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

const sweep = () => runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })
const at = (iso: string) => (bed.clock.current = new Date(iso))
const escalations = async (id: string, openid = CX.admin) =>
  (await ok(bed, openid, 'case.get', { id })).events.filter((e: { action: string }) => e.action === 'escalate')
const overdueTitles = async (openid: string, id: string) => (await notificationsOf(bed, openid)).filter((n) => n.caseId === id && n.template === 'caseOverdue').map((n) => n.title)

describe('escalation', () => {
  it('steps 1 → 2 → 3 as working days pass, once per level however often it runs', async () => {
    // Friday 2026-11-20: first response due Monday 11-23 23:59:59 Beijing
    const { _id: id } = await submitConsult(bed)
    at('2026-11-22T04:00:00.000Z') // Sunday: nothing due
    expect((await sweep()).escalated).toBe(0)

    at('2026-11-23T16:00:00.000Z') // Tuesday 00:00 Beijing
    expect((await sweep()).escalated).toBe(1)
    expect((await sweep()).escalated).toBe(0)
    const one = await ok(bed, CX.ownerA, 'case.get', { id })
    expect(one).toMatchObject({ escalationLevel: 1, deadline: { kind: 'response', overdue: true } })
    // the enterprise sees that its case was escalated
    expect(one.events.filter((e: { action: string }) => e.action === 'escalate')).toEqual([expect.objectContaining({ actorName: '系统', visibility: 'all' })])
    expect(await overdueTitles(CX.stewardA, id)).toEqual(['办件超期：首次响应时限已过'])
    expect(await overdueTitles(CX.managerA, id)).toEqual([])
    expect((await ok(bed, CX.managerA, 'case.supervise', { view: 'overdue' })).items.map((c: { _id: string }) => c._id)).toEqual([id])

    at('2026-11-24T15:00:00.000Z') // Tuesday 23:00 Beijing: one working day past is not over yet
    expect((await sweep()).escalated).toBe(0)
    at('2026-11-24T16:00:00.000Z')
    expect((await sweep()).escalated).toBe(1)
    expect((await sweep()).escalated).toBe(0)
    expect(await overdueTitles(CX.managerA, id)).toEqual(['督办：办件超期：首次响应时限已过'])
    expect(await overdueTitles(CX.admin, id)).toEqual([])

    at('2026-11-26T15:00:00.000Z') // Thursday 23:00 Beijing: three working days not yet past
    expect((await sweep()).escalated).toBe(0)
    at('2026-11-26T16:00:00.000Z')
    expect((await sweep()).escalated).toBe(1)
    at('2026-12-20T16:00:00.000Z')
    expect((await sweep()).escalated).toBe(0)
    expect(await overdueTitles(CX.admin, id)).toEqual(['市级督办：办件超期：首次响应时限已过'])
    expect((await ok(bed, CX.admin, 'case.get', { id })).escalationLevel).toBe(3)
    expect((await escalations(id)).length).toBe(3)
    // the steward heard once, at level 1
    expect(await overdueTitles(CX.stewardA, id)).toHaveLength(1)
  })

  it('escalates once when two sweeps run at the same time', async () => {
    const ids = [(await submitConsult(bed))._id, (await submitConsult(bed))._id]
    at('2026-11-23T16:00:00.000Z')
    const reports = await Promise.all([sweep(), sweep(), sweep()])
    expect(reports.reduce((n, r) => n + r.escalated, 0)).toBe(2)
    for (const id of ids) expect((await escalations(id)).length).toBe(1)
    expect((await notificationsOf(bed, CX.stewardA)).filter((n) => n.template === 'caseOverdue')).toHaveLength(2)
  })

  it('counts the steps in working days across a weekend', async () => {
    at('2026-11-19T02:00:00.000Z') // Thursday: response due Friday 11-20
    const { _id: id } = await submitConsult(bed)
    at('2026-11-20T16:00:00.000Z')
    await sweep()
    at('2026-11-22T15:00:00.000Z') // Sunday 23:00 Beijing: the weekend does not count
    await sweep()
    expect((await ok(bed, CX.admin, 'case.get', { id })).escalationLevel).toBe(1)
    at('2026-11-23T16:00:00.000Z') // after Monday, the first working day past
    await sweep()
    expect((await ok(bed, CX.admin, 'case.get', { id })).escalationLevel).toBe(2)
  })

  it('catches up in one step when the sweep did not run, telling every level once', async () => {
    const { _id: id } = await submitConsult(bed)
    at('2026-12-01T16:00:00.000Z')
    expect(await sweep()).toMatchObject({ escalated: 1 })
    expect(await sweep()).toMatchObject({ escalated: 0 })
    expect((await ok(bed, CX.admin, 'case.get', { id })).escalationLevel).toBe(3)
    expect((await escalations(id)).length).toBe(1)
    for (const who of [CX.stewardA, CX.managerA, CX.admin]) expect(await overdueTitles(who, id)).toHaveLength(1)
  })

  it('starts a new ladder when the case moves on to its next deadline; the history keeps the old steps', async () => {
    const { _id: id } = await submitConsult(bed)
    at('2026-11-24T16:00:00.000Z')
    await sweep()
    expect((await ok(bed, CX.admin, 'case.get', { id })).escalationLevel).toBe(2)
    const accepted = await act(bed, CX.stewardA, 'case.accept', id)
    // resolution is due Friday 11-27
    expect(accepted).toMatchObject({ escalationLevel: 0, deadline: { kind: 'resolve', dueAt: '2026-11-27T15:59:59.000Z', overdue: false } })
    expect((await sweep()).escalated).toBe(0)
    expect((await escalations(id)).length).toBe(1)
    at('2026-11-27T16:00:00.000Z')
    expect((await sweep()).escalated).toBe(1)
    const after = await ok(bed, CX.admin, 'case.get', { id })
    expect(after).toMatchObject({ escalationLevel: 1, deadline: { kind: 'resolve', overdue: true } })
    expect(after.events.at(-1).note).toBe('办结时限已过，已提醒承办人')
  })

  it('leaves resolved and withdrawn cases alone', async () => {
    const a = await submitConsult(bed)
    const b = await submitConsult(bed)
    await act(bed, CX.stewardA, 'case.resolve', a._id, { summary: '已办理完毕。' })
    await act(bed, CX.ownerA, 'case.withdraw', b._id, { reason: '' })
    at('2026-12-20T16:00:00.000Z')
    expect((await sweep()).escalated).toBe(0)
  })

  it('tells the managers when an unassigned case passes its deadline', async () => {
    const { _id: id } = await submitConsult(bed, CX.ownerC)
    at('2026-11-23T16:00:00.000Z')
    await sweep()
    // park C has no manager: the city admin stands in
    expect(await overdueTitles(CX.admin, id)).toEqual(['办件超期：首次响应时限已过'])
  })
})

describe('rating reminder', () => {
  it('reminds the submitter once, three days after resolution, and never rates for them', async () => {
    const { _id: id } = await submitConsult(bed)
    await act(bed, CX.stewardA, 'case.resolve', id, { summary: '已办理完毕。' })
    const resolvedAt = bed.clock.current.getTime()
    at(new Date(resolvedAt + 3 * 86400_000 - 60_000).toISOString())
    expect((await sweep()).rateReminders).toBe(0)
    at(new Date(resolvedAt + 3 * 86400_000).toISOString())
    expect((await sweep()).rateReminders).toBe(1)
    expect((await sweep()).rateReminders).toBe(0)
    at(new Date(resolvedAt + 30 * 86400_000).toISOString())
    expect((await sweep()).rateReminders).toBe(0)

    const reminders = (await notificationsOf(bed, CX.ownerA)).filter((n) => n.template === 'rateReminder')
    expect(reminders).toEqual([expect.objectContaining({ title: '请评价已办结的咨询', caseId: id })])
    const c = await ok(bed, CX.ownerA, 'case.get', { id })
    expect(c).toMatchObject({ status: 'resolved', rating: null, allowed: ['rate'] })
    expect(c.events.at(-1)).toMatchObject({ action: 'remind_rate', actorName: '系统' })
  })

  it('does not remind a case rated in time', async () => {
    const { _id: id } = await submitConsult(bed)
    await act(bed, CX.stewardA, 'case.resolve', id, { summary: '已办理完毕。' })
    await act(bed, CX.ownerA, 'case.rate', id, { level: '满意' })
    bed.clock.advanceDays(5)
    expect((await sweep()).rateReminders).toBe(0)
  })
})
