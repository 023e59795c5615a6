/**
 * Every (status, action) pair of the state machine, through the router: a legal one
 * moves the case where the table says; an illegal one answers INVALID_TRANSITION and
 * writes nothing.
 */
import { CASE_ACTIONS, CASE_RULES, CASE_STATUSES, isLegal, targetStatus } from '../../../cloudfunctions/api/src/domain/cases/machine'
import type { CaseAction, CaseStatus } from '../../../types'
import { openBed, type Bed } from '../helpers'
import { act, CX, ok, payloadFor, putUser, seedCases, submitConsult, tryAct, uid, versionOf } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

interface Staged {
  id: string
  owner: string
  /** who holds it (the admin stands in where nobody does) */
  assignee: string
  manager: string
  /** a valid assign / transfer target */
  target: string
}

/** Brings a fresh case to `status` through legal steps only. */
async function stage(status: CaseStatus): Promise<Staged> {
  if (status === 'submitted') {
    // park C has no staff, so its consultation waits unassigned; a steward joins afterwards
    const c = await submitConsult(bed, CX.ownerC)
    await putUser(bed, CX.stewardC, 'steward', CX.parkC, null, '管家戊')
    return { id: c._id, owner: CX.ownerC, assignee: CX.admin, manager: CX.admin, target: uid(CX.stewardC) }
  }
  const c = await submitConsult(bed)
  const s: Staged = { id: c._id, owner: CX.ownerA, assignee: CX.stewardA, manager: CX.managerA, target: uid(CX.stewardA2) }
  if (status === 'assigned') return s
  if (status === 'withdrawn') {
    await act(bed, s.owner, 'case.withdraw', s.id, { reason: '' })
    return s
  }
  await act(bed, s.assignee, 'case.accept', s.id)
  if (status === 'in_progress') return s
  await act(bed, s.assignee, 'case.resolve', s.id, { summary: '已办理完毕。' })
  if (status === 'resolved') return s
  if (status === 'closed') {
    await act(bed, s.owner, 'case.rate', s.id, { level: '非常满意' })
    return s
  }
  await act(bed, s.owner, 'case.rate', s.id, { level: '不满意', tags: ['问题未解决'] })
  if (status === 'rated') return s
  await act(bed, s.manager, 'case.reviewRectify', s.id, { note: '答复不够具体' })
  return s
}

function actorFor(action: CaseAction, s: Staged): string {
  const kind = CASE_RULES[action].actor
  if (kind === 'enterprise') return s.owner
  if (kind === 'manager') return s.manager
  return s.assignee
}

it('stages every status it claims to', async () => {
  for (const status of CASE_STATUSES) {
    const s = await stage(status)
    expect([status, (await ok(bed, CX.admin, 'case.get', { id: s.id })).status]).toEqual([status, status])
  }
})

describe.each(CASE_STATUSES)('from %s', (status) => {
  const legal = CASE_ACTIONS.filter((a) => isLegal(status, a))
  const illegal = CASE_ACTIONS.filter((a) => !isLegal(status, a))

  if (legal.length > 0) {
    it.each(legal)('%s is legal and leads where the table says', async (action) => {
      const s = await stage(status)
      const after = await act(bed, actorFor(action, s), `case.${action}`, s.id, payloadFor(action, s.target))
      expect(after.status).toBe(targetStatus(action, status))
    })
  }

  it('every other action answers INVALID_TRANSITION and writes nothing', async () => {
    const s = await stage(status)
    const version = await versionOf(bed, s.id)
    const answers: Record<string, string> = {}
    for (const action of illegal) {
      const r = await tryAct(bed, actorFor(action, s), `case.${action}`, s.id, payloadFor(action, s.target))
      answers[action] = r.ok ? 'ok' : r.error.code
    }
    expect(answers).toEqual(Object.fromEntries(illegal.map((a) => [a, 'INVALID_TRANSITION'])))
    expect(await versionOf(bed, s.id)).toBe(version)
  })
})

it('a handled case cannot be withdrawn even when it is back in "assigned"', async () => {
  const s = await stage('in_progress')
  await act(bed, s.assignee, 'case.transfer', s.id, { toUserId: uid(CX.stewardA2), reason: '转其他管家办理' })
  const r = await tryAct(bed, s.owner, 'case.withdraw', s.id, { reason: '' })
  expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: '办件已开始办理，不能撤回' } })
})

it('offers exactly the actions the caller may take', async () => {
  const s = await stage('in_progress')
  const as = async (openid: string) => (await ok(bed, openid, 'case.get', { id: s.id })).allowed
  expect(await as(CX.stewardA)).toEqual(['reply', 'requestInfo', 'transfer', 'resolve'])
  expect(await as(CX.ownerA)).toEqual(['supplement'])
  expect(await as(CX.managerA)).toEqual(['assign', 'press'])
})
