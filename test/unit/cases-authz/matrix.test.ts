/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * The authorization matrix: every case action × every persona, each on a case brought
 * to the state where the action is legal, so a refusal proves authorization, not state.
 *
 * Outcomes: 'ok'; 'FORBIDDEN' (sees the case, may not do this); 'hidden' (answers
 * exactly what the same call on a case that does not exist answers — NOT_FOUND, or
 * FORBIDDEN when the role may not call the action at all — so it cannot even tell the
 * case exists). Lists: 'listed' / 'absent' (neither in items nor in total) / a code.
 * Every refusal must leave the database byte-for-byte unchanged.
 */
import type { CaseAction } from '../../../types'
import { digest, openBed, snapshotCounts, type Bed } from '../helpers'
import { AZ, CASTS, TEXT, advance, adminView, openCase, rid, seedAuthz, uid, type CaseState, type Cast, type Scenario } from './fixture'

type Persona =
  | 'owner'
  | 'sameParkOwner'
  | 'otherParkOwner'
  | 'guest'
  | 'assigned'
  | 'otherSteward'
  | 'complainedOf'
  | 'manager'
  | 'otherManager'
  | 'admin'

const PERSONAS: Persona[] = ['owner', 'sameParkOwner', 'otherParkOwner', 'guest', 'assigned', 'otherSteward', 'complainedOf', 'manager', 'otherManager', 'admin']

function openidOf(p: Persona, cast: Cast): string | null {
  switch (p) {
    case 'owner': return AZ.ownerA
    case 'sameParkOwner': return AZ.ownerA2
    case 'otherParkOwner': return AZ.ownerB
    case 'guest': return AZ.guest
    case 'assigned': return cast.assigned
    case 'otherSteward': return cast.otherSteward
    case 'complainedOf': return cast.complainedOf
    case 'manager': return AZ.managerA
    case 'otherManager': return AZ.managerB
    case 'admin': return AZ.admin
  }
}

type Outcome = 'ok' | 'hidden' | 'listed' | 'absent' | string

interface Spec {
  action: string
  /** the CaseAction name in CaseDetail.allowed, for writes */
  allowedName?: CaseAction
  state: CaseState
  write: boolean
  payload(cast: Cast): Record<string, unknown>
  /** personas not listed are 'hidden' (per-case actions) or must be given (lists) */
  expect: Partial<Record<Persona, Outcome>>
}

const ok = (...ps: Persona[]) => Object.fromEntries(ps.map((p) => [p, 'ok']))
const forbidden = (...ps: Persona[]) => Object.fromEntries(ps.map((p) => [p, 'FORBIDDEN']))

// Who sees a case: the enterprise, the steward it is assigned to, its park's manager, the city admin.
const byAssignee = { ...ok('assigned'), ...forbidden('owner', 'manager', 'admin') }
const byEnterprise = { ...ok('owner'), ...forbidden('assigned', 'manager', 'admin') }
const byManagers = { ...ok('manager', 'admin'), ...forbidden('owner', 'assigned') }

const CASE_SPECS: Spec[] = [
  { action: 'case.get', state: 'in_progress', write: false, payload: () => ({}), expect: ok('owner', 'assigned', 'manager', 'admin') },
  { action: 'case.assignees', state: 'in_progress', write: false, payload: () => ({}), expect: { ...ok('assigned', 'manager', 'admin'), ...forbidden('owner') } },
  { action: 'case.accept', allowedName: 'accept', state: 'assigned', write: true, payload: () => ({}), expect: byAssignee },
  { action: 'case.reply', allowedName: 'reply', state: 'in_progress', write: true, payload: () => ({ text: TEXT.reply }), expect: byAssignee },
  { action: 'case.requestInfo', allowedName: 'requestInfo', state: 'in_progress', write: true, payload: () => ({ text: TEXT.requestInfo }), expect: byAssignee },
  { action: 'case.supplement', allowedName: 'supplement', state: 'awaiting_info', write: true, payload: () => ({ text: TEXT.supplement }), expect: byEnterprise },
  { action: 'case.transfer', allowedName: 'transfer', state: 'in_progress', write: true, payload: (c) => ({ toUserId: uid(c.handOver), reason: TEXT.transfer }), expect: byAssignee },
  { action: 'case.resolve', allowedName: 'resolve', state: 'in_progress', write: true, payload: () => ({ summary: TEXT.resolve }), expect: byAssignee },
  { action: 'case.withdraw', allowedName: 'withdraw', state: 'assigned', write: true, payload: () => ({ reason: TEXT.withdraw }), expect: byEnterprise },
  { action: 'case.rate', allowedName: 'rate', state: 'resolved', write: true, payload: () => ({ level: '满意', tags: ['响应及时'], comment: '' }), expect: byEnterprise },
  { action: 'case.assign', allowedName: 'assign', state: 'assigned', write: true, payload: (c) => ({ toUserId: uid(c.handOver), note: '请尽快处理' }), expect: byManagers },
  { action: 'case.press', allowedName: 'press', state: 'in_progress', write: true, payload: () => ({ note: TEXT.press }), expect: byManagers },
  { action: 'case.reviewReject', allowedName: 'reviewReject', state: 'rated_bad', write: true, payload: () => ({ reason: TEXT.reviewReject }), expect: byManagers },
  { action: 'case.reviewRectify', allowedName: 'reviewRectify', state: 'rated_bad', write: true, payload: () => ({ note: TEXT.reviewRectify }), expect: byManagers },
  // 回访 is recorded by the handler or by the supervising managers
  { action: 'case.revisit', allowedName: 'revisit', state: 'rectifying', write: true, payload: () => ({ note: TEXT.revisit }), expect: { ...ok('assigned', 'manager', 'admin'), ...forbidden('owner') } }
]

const entrepreneursRefused = { ...Object.fromEntries((['owner', 'sameParkOwner', 'otherParkOwner', 'guest'] as Persona[]).map((p) => [p, 'FORBIDDEN'])) }
const staffRefused = Object.fromEntries((['assigned', 'otherSteward', 'complainedOf', 'manager', 'otherManager', 'admin'] as Persona[]).map((p) => [p, 'FORBIDDEN']))

const LIST_SPECS: Array<{ action: string; payload: Record<string, unknown>; expect: Record<Persona, Outcome> }> = [
  {
    action: 'case.mine',
    payload: { filter: 'all' },
    // a guest lists only the consults they filed as an individual (none here)
    expect: { ...staffRefused, owner: 'listed', sameParkOwner: 'absent', otherParkOwner: 'absent', guest: 'absent' } as Record<Persona, Outcome>
  },
  {
    action: 'case.inbox',
    payload: { filter: 'all' },
    expect: { ...entrepreneursRefused, assigned: 'listed', otherSteward: 'absent', complainedOf: 'absent', manager: 'absent', otherManager: 'absent', admin: 'absent' } as Record<Persona, Outcome>
  },
  {
    action: 'case.supervise',
    payload: { view: 'all' },
    expect: { ...entrepreneursRefused, assigned: 'FORBIDDEN', otherSteward: 'FORBIDDEN', complainedOf: 'FORBIDDEN', manager: 'listed', otherManager: 'absent', admin: 'listed' } as Record<Persona, Outcome>
  }
]

const SCENARIOS: Scenario[] = ['consult', 'complaintAboutSteward']
const MISSING_ID = 'case-that-does-not-exist'

function personasIn(scenario: Scenario): Persona[] {
  return PERSONAS.filter((p) => p !== 'complainedOf' || CASTS[scenario].complainedOf)
}

async function prepared(scenario: Scenario, state: CaseState): Promise<{ bed: Bed; id: string; version: number }> {
  const bed = openBed()
  await seedAuthz(bed)
  const id = await openCase(bed, scenario)
  await advance(bed, scenario, id, state)
  const { version } = await adminView(bed, id)
  return { bed, id, version }
}

describe.each(SCENARIOS)('authorization matrix — %s', (scenario) => {
  const cast = CASTS[scenario]
  const personas = personasIn(scenario)

  it.each(CASE_SPECS.map((s) => [s.action, s] as const))('%s', async (_name, spec) => {
    const expected: Record<string, Outcome> = {}
    for (const p of personas) expected[p] = spec.expect[p] ?? 'hidden'
    const actual: Record<string, Outcome> = {}
    const buttonMismatches: string[] = []
    const allowedPersonas = personas.filter((p) => expected[p] === 'ok')

    const { bed, id, version } = await prepared(scenario, spec.state)
    const beds: Bed[] = [bed]
    try {
      // `allowed` on the detail must agree with what the server then permits
      if (spec.allowedName) {
        for (const p of personas) {
          const r = await bed.call(openidOf(p, cast), 'case.get', { id })
          if (!r.ok) continue
          const offered = (r.data.allowed as string[]).includes(spec.allowedName)
          if (offered !== (expected[p] === 'ok')) buttonMismatches.push(`${p}: allowed ${offered ? 'offers' : 'lacks'} ${spec.allowedName}`)
        }
      }
      // refusals first, all on the same case: each must write nothing
      for (const p of personas.filter((q) => expected[q] !== 'ok')) {
        const openid = openidOf(p, cast)
        const payload = { id, ...(spec.write ? { version } : {}), ...spec.payload(cast) }
        const missing = await bed.call(openid, spec.action, { ...payload, id: MISSING_ID })
        const before = digest(bed)
        const r = await bed.call(openid, spec.action, payload)
        const wrote = digest(bed) !== before
        let outcome: Outcome = r.ok ? 'ok' : r.error.code
        if (
          !r.ok && expected[p] === 'hidden' && !missing.ok &&
          missing.error.code === r.error.code && missing.error.message === r.error.message &&
          (r.error.code === 'NOT_FOUND' || r.error.code === 'FORBIDDEN')
        ) outcome = 'hidden'
        actual[p] = wrote ? `${outcome} (wrote!)` : outcome
        // as the app sends it, with a request id: still nothing kept, the case untouched
        if (spec.write) {
          const counts = await snapshotCounts(bed)
          const seen = await adminView(bed, id)
          const again = await bed.call(openid, spec.action, payload, rid())
          if (again.ok || JSON.stringify(await snapshotCounts(bed)) !== JSON.stringify(counts) || (await adminView(bed, id)).version !== seen.version) {
            actual[p] = `${actual[p]} (with a request id: ${again.ok ? 'ok' : again.error.code}, wrote!)`
          }
        }
      }
      // then each allowed persona, on a case of its own in the same state
      for (const [i, p] of allowedPersonas.entries()) {
        const own = i === 0 ? { bed, id, version } : await prepared(scenario, spec.state)
        if (i > 0) beds.push(own.bed)
        const before = digest(own.bed)
        const r = await own.bed.call(openidOf(p, cast), spec.action, { id: own.id, ...(spec.write ? { version: own.version } : {}), ...spec.payload(cast) })
        if (!r.ok) {
          actual[p] = r.error.code
          continue
        }
        actual[p] = 'ok'
        if (spec.write) {
          const after = await adminView(own.bed, own.id)
          if (after.version !== own.version + 1) actual[p] = `ok but version ${own.version} → ${after.version}`
          if (digest(own.bed) === before) actual[p] = 'ok but nothing written'
        }
      }
    } finally {
      for (const b of beds) b.close()
    }
    expect(actual).toEqual(expected)
    expect(buttonMismatches).toEqual([])
  })

  it.each(LIST_SPECS.map((s) => [s.action, s] as const))('%s lists the case only to those who may see it', async (_name, spec) => {
    const { bed, id } = await prepared(scenario, 'in_progress')
    try {
      const expected: Record<string, Outcome> = {}
      const actual: Record<string, Outcome> = {}
      for (const p of personas) {
        expected[p] = spec.expect[p]
        const before = digest(bed)
        const r = await bed.call(openidOf(p, cast), spec.action, { ...spec.payload, pageSize: 50 })
        let outcome: Outcome
        if (!r.ok) outcome = r.error.code
        else {
          const ids = (r.data.items as any[]).map((c) => c._id)
          if (ids.length === 1 && ids[0] === id && r.data.total === 1) outcome = 'listed'
          else if (ids.length === 0 && r.data.total === 0) outcome = 'absent'
          else outcome = `items ${JSON.stringify(ids)} total ${r.data.total}`
        }
        actual[p] = digest(bed) === before ? outcome : `${outcome} (wrote!)`
      }
      expect(actual).toEqual(expected)
    } finally {
      bed.close()
    }
  })
})

describe('assignment targets', () => {
  let bed: Bed
  beforeEach(async () => {
    bed = openBed()
    await seedAuthz(bed)
  })
  afterEach(() => bed.close())

  it('a complaint cannot be assigned or transferred to the steward it is about, nor across parks', async () => {
    const id = await openCase(bed, 'complaintAboutSteward')
    const staff = await bed.call(AZ.managerA, 'case.assignees', { id })
    expect(staff.ok).toBe(true)
    const ids = (staff.ok ? staff.data : []).map((a: any) => a._id)
    expect(ids).not.toContain(uid(AZ.stewardA))
    expect(ids).not.toContain(uid(AZ.stewardB))
    // the current holder (管家乙) is not offered either; the park's other steward is
    expect(ids).not.toContain(uid(AZ.stewardA2))
    expect(ids).toContain(uid(AZ.stewardA3))

    const { version } = await adminView(bed, id)
    const before = digest(bed)
    for (const target of [AZ.stewardA, AZ.stewardB, AZ.ownerA, AZ.managerB]) {
      const assign = await bed.call(AZ.managerA, 'case.assign', { id, version, toUserId: uid(target), note: '' })
      expect([target, assign]).toEqual([target, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'ASSIGNEE_INVALID' }) })])
    }
    await advance(bed, 'complaintAboutSteward', id, 'in_progress')
    const v2 = (await adminView(bed, id)).version
    const mid = digest(bed)
    const transfer = await bed.call(AZ.stewardA2, 'case.transfer', { id, version: v2, toUserId: uid(AZ.stewardA), reason: TEXT.transfer })
    expect(transfer).toMatchObject({ ok: false, error: { code: 'ASSIGNEE_INVALID' } })
    expect(digest(bed)).toBe(mid)
    expect(before).not.toBe(mid)
  })
})
