/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * Repeats and races on the real embedded database: a submit repeated with one request
 * id makes one case; concurrent conflicting writes on one case let exactly one win and
 * leave a history with one entry per success; concurrent submits get distinct,
 * consecutive numbers.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { AZ, TEXT, adminView, advance, openCase, rid, seedAuthz, step, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedAuthz(bed)
})
afterEach(() => bed.close())

const submit = { type: 'consult', category: '政策咨询', text: TEXT.consult }
const caseCount = async () => (await bed.db.collection(COLLECTIONS.cases).count()).total
const LOSING_CODES = ['CASE_STALE', 'CONFLICT']

describe('the same submit repeated with one request id', () => {
  it('sent 5 times in a row makes one case and answers that case each time', async () => {
    const id = rid()
    const answers = []
    for (let i = 0; i < 5; i++) answers.push(await bed.call(AZ.ownerA, 'case.submit', submit, id))
    expect(answers.every((a) => a.ok)).toBe(true)
    const ids = new Set(answers.map((a) => a.ok && a.data._id))
    expect(ids.size).toBe(1)
    expect(await caseCount()).toBe(1)
    const listed = await bed.call(AZ.ownerA, 'case.mine', {})
    expect(listed).toMatchObject({ ok: true, data: { total: 1, items: [{ _id: [...ids][0] }] } })
  })

  it('sent 5 times at once makes one case; the others answer that case or "in progress", and a retry answers that case', async () => {
    const id = rid()
    const answers = await Promise.all(Array.from({ length: 5 }, () => bed.call(AZ.ownerA, 'case.submit', submit, id)))
    const made = answers.filter((a) => a.ok)
    expect(made.length).toBeGreaterThanOrEqual(1)
    expect(new Set(made.map((a) => a.ok && a.data._id)).size).toBe(1)
    // the router answers a repeat that arrives while the first is still running with
    // REQUEST_IN_PROGRESS (types/errors.ts), never with a second case
    for (const a of answers.filter((x) => !x.ok)) expect(a).toMatchObject({ ok: false, error: { code: 'REQUEST_IN_PROGRESS' } })
    expect(await caseCount()).toBe(1)
    const retry = await bed.call(AZ.ownerA, 'case.submit', submit, id)
    expect(retry).toMatchObject({ ok: true, data: { _id: made[0].ok && made[0].data._id } })
    expect(await caseCount()).toBe(1)
  })

  it('a repeated case write with one request id is applied once', async () => {
    const caseId = await openCase(bed, 'consult')
    await advance(bed, 'consult', caseId, 'in_progress')
    const { version, events } = await adminView(bed, caseId)
    const id = rid()
    const payload = { id: caseId, version, text: TEXT.reply }
    const answers = []
    for (let i = 0; i < 5; i++) answers.push(await bed.call(AZ.stewardA, 'case.reply', payload, id))
    expect(answers.every((a) => a.ok && a.data.version === version + 1)).toBe(true)
    const after = await adminView(bed, caseId)
    expect(after.version).toBe(version + 1)
    expect(after.events.length).toBe(events.length + 1)
  })
})

describe('50 concurrent conflicting transitions on one case', () => {
  async function race(caseId: string, calls: Array<[string, string, Record<string, unknown>]>) {
    const before = await adminView(bed, caseId)
    const answers = await Promise.all(
      calls.map(([openid, action, extra]) => bed.call(openid, action, { id: caseId, version: before.version, ...extra }, rid()))
    )
    const after = await adminView(bed, caseId)
    return { before, after, answers }
  }

  it('50 replies at the same version: one wins, 49 are told the case moved on, one new history entry', async () => {
    const caseId = await openCase(bed, 'consult')
    await advance(bed, 'consult', caseId, 'in_progress')
    const { before, after, answers } = await race(caseId, Array.from({ length: 50 }, (_, i) => [AZ.stewardA, 'case.reply', { text: `${TEXT.reply}（第${i + 1}条）` }]))
    const wins = answers.filter((a) => a.ok)
    expect(wins).toHaveLength(1)
    for (const a of answers.filter((x) => !x.ok)) expect(LOSING_CODES).toContain(a.ok ? '' : a.error.code)
    expect(after.version).toBe(before.version + 1)
    expect(after.events.length).toBe(before.events.length + 1)
    const winner = wins[0].ok && wins[0].data
    expect(after.events.filter((e: any) => e.action === 'reply').map((e: any) => e.note)).toEqual([winner.events.at(-1).note])
  })

  it('accept, reply, request-info, transfer, resolve and press racing: exactly one wins and the state is that one\'s', async () => {
    const caseId = await openCase(bed, 'consult')
    await advance(bed, 'consult', caseId, 'in_progress')
    const kinds: Array<[string, string, Record<string, unknown>]> = [
      [AZ.stewardA, 'case.reply', { text: TEXT.reply }],
      [AZ.stewardA, 'case.requestInfo', { text: TEXT.requestInfo }],
      [AZ.stewardA, 'case.resolve', { summary: TEXT.resolve }],
      [AZ.stewardA, 'case.transfer', { toUserId: uid(AZ.stewardA3), reason: TEXT.transfer }],
      [AZ.managerA, 'case.press', { note: TEXT.press }],
      [AZ.admin, 'case.press', { note: TEXT.press }]
    ]
    const calls = Array.from({ length: 50 }, (_, i) => kinds[i % kinds.length])
    const { before, after, answers } = await race(caseId, calls)
    const wins = answers.map((a, i) => [a, calls[i][1]] as const).filter(([a]) => a.ok)
    expect(wins).toHaveLength(1)
    for (const a of answers.filter((x) => !x.ok)) expect(LOSING_CODES).toContain(a.ok ? '' : a.error.code)
    expect(after.version).toBe(before.version + 1)
    expect(after.events.length).toBe(before.events.length + 1)
    const [winning] = wins[0]
    expect(winning.ok && { status: winning.data.status, version: winning.data.version }).toEqual({ status: after.status, version: after.version })
  })

  it('50 replies that each retry on a conflict all land: history and version count every one, nothing lost', async () => {
    const caseId = await openCase(bed, 'consult')
    await advance(bed, 'consult', caseId, 'in_progress')
    const before = await adminView(bed, caseId)
    let losses = 0
    const replyUntilLanded = async (n: number): Promise<void> => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { version } = await adminView(bed, caseId)
        const r = await bed.call(AZ.stewardA, 'case.reply', { id: caseId, version, text: `并发答复第${n}条` }, rid())
        if (r.ok) return
        expect(LOSING_CODES).toContain(r.error.code)
        losses++
      }
      throw new Error(`reply ${n} never landed`)
    }
    await Promise.all(Array.from({ length: 50 }, (_, n) => replyUntilLanded(n + 1)))
    const after = await adminView(bed, caseId)
    expect(losses).toBeGreaterThan(0) // the race was real
    expect(after.version).toBe(before.version + 50)
    const replies = after.events.filter((e: any) => e.action === 'reply').map((e: any) => e.note).sort()
    expect(replies).toEqual(Array.from({ length: 50 }, (_, n) => `并发答复第${n + 1}条`).sort())
    expect(after.events.length).toBe(before.events.length + 50)
  })

  it('two managers reassigning at once: one wins, the case is with that one\'s choice', async () => {
    const caseId = await openCase(bed, 'consult')
    const { before, after, answers } = await race(caseId, [
      [AZ.managerA, 'case.assign', { toUserId: uid(AZ.stewardA2), note: '' }],
      [AZ.admin, 'case.assign', { toUserId: uid(AZ.stewardA3), note: '' }]
    ])
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    const winner = answers.find((a) => a.ok)
    expect(winner?.ok && winner.data.assigneeName).toBe(after.assigneeName)
    expect(after.version).toBe(before.version + 1)
  })
})

describe('50 concurrent submits with different request ids', () => {
  it('make 50 cases with 50 distinct consecutive numbers', async () => {
    const owners = [AZ.ownerA, AZ.staffA, AZ.ownerA2]
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => bed.call(owners[i % owners.length], 'case.submit', { ...submit, text: `${TEXT.consult}（${i + 1}）` }, rid()))
    )
    const made = answers.filter((a) => a.ok)
    // whatever failed wrote nothing, and what was made is numbered without gaps or repeats
    expect(await caseCount()).toBe(made.length)
    const numbers = made.map((a) => (a.ok ? (a.data.number as string) : ''))
    expect(new Set(numbers).size).toBe(made.length)
    // 2026-11-20T02:00Z is 2026-11-20 in Beijing
    for (const n of numbers) expect(n).toMatch(/^ZX20261120-\d{4}$/)
    const seqs = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: made.length }, (_, i) => i + 1))
    // and nobody's submit was refused for arriving at the same moment as others
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual([])
    expect(made).toHaveLength(50)
  })
})

describe('a stale version is refused without writing', () => {
  it('answers CASE_STALE and the case is unchanged', async () => {
    const caseId = await openCase(bed, 'consult')
    await advance(bed, 'consult', caseId, 'in_progress')
    const { version } = await adminView(bed, caseId)
    await step(bed, AZ.stewardA, 'case.reply', caseId, { text: TEXT.reply })
    const fresh = await adminView(bed, caseId)
    const r = await bed.call(AZ.stewardA, 'case.resolve', { id: caseId, version, summary: TEXT.resolve }, rid())
    expect(r).toMatchObject({ ok: false, error: { code: 'CASE_STALE' } })
    expect(await adminView(bed, caseId)).toEqual(fresh)
  })
})
