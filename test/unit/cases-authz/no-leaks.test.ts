/**
 * No leaks: with several cases across two parks, every list (items AND total), detail,
 * assignee list and notification list shows each person exactly the cases they may
 * see. In particular a complaint about 管家甲 never reaches 管家甲 in any form, through
 * its whole life (handling, 差评, 整改, 回访, 督办, escalation).
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { AZ, PEOPLE, TEXT, adminView, listIds, must, openCase, seedAuthz, step, uid } from './fixture'

let bed: Bed
let c: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6', string>

const EVERYONE = [AZ.ownerA, AZ.staffA, AZ.ownerA2, AZ.ownerB, AZ.guest, AZ.stewardA, AZ.stewardA2, AZ.stewardA3, AZ.stewardB, AZ.managerA, AZ.managerB, AZ.admin]

/** who may see which case (the rules, spelled out independently of the engine) */
function visibleTo(openid: string): string[] {
  const v: Record<string, string[]> = {
    [AZ.ownerA]: [c.c1, c.c2, c.c6],
    [AZ.staffA]: [c.c1, c.c2, c.c6],
    [AZ.ownerA2]: [c.c3],
    [AZ.ownerB]: [c.c4, c.c5],
    [AZ.guest]: [],
    // c2 and c6 are complaints about 管家甲
    [AZ.stewardA]: [c.c1],
    [AZ.stewardA2]: [c.c2],
    [AZ.stewardA3]: [c.c3],
    [AZ.stewardB]: [c.c4],
    [AZ.managerA]: [c.c1, c.c2, c.c3, c.c6],
    [AZ.managerB]: [c.c4, c.c5],
    [AZ.admin]: Object.values(c)
  }
  return [...v[openid]].sort()
}

const LIST_CALLS: Array<[string, Record<string, unknown>]> = [
  ...['all', 'active', 'toRate', 'done'].map((filter) => ['case.mine', { filter }] as [string, Record<string, unknown>]),
  ['case.mine', { type: 'complaint' }],
  ['case.mine', { type: 'consult' }],
  ...['all', 'overdue', 'awaitingInfo'].map((filter) => ['case.inbox', { filter }] as [string, Record<string, unknown>]),
  ['case.inbox', { type: 'complaint' }],
  ...['overdue', 'open', 'unassigned', 'review', 'all'].map((view) => ['case.supervise', { view }] as [string, Record<string, unknown>]),
  ['case.supervise', { view: 'all', type: 'complaint' }]
]

beforeEach(async () => {
  bed = openBed()
  await seedAuthz(bed)
  // 管家甲 accepts subscribe messages, so a leak through the push port would show in the outbox
  for (let i = 0; i < 5; i++) await must(bed, AZ.stewardA, 'subscription.record', { accepted: ['caseProgress', 'rateReminder', 'caseOverdue'] })
  const consult = (owner: string) => must(bed, owner, 'case.submit', { type: 'consult', category: '政策咨询', text: TEXT.consult })
  c = {
    c1: (await consult(AZ.ownerA))._id,
    // a complaint about 管家甲, handed by the park manager to 管家乙
    c2: await openCase(bed, 'complaintAboutSteward'),
    c3: (await consult(AZ.ownerA2))._id,
    c4: (await consult(AZ.ownerB))._id,
    // an ordinary complaint in the other park, left with its manager
    c5: (await must(bed, AZ.ownerB, 'case.submit', { type: 'complaint', category: '办事效率', text: TEXT.complaint }))._id,
    // a second complaint about 管家甲, left with the park manager
    c6: (await must(bed, AZ.staffA, 'case.submit', { type: 'complaint', category: '企业管家', text: TEXT.complaint, aboutSteward: true }))._id
  }
})
afterEach(() => bed.close())

/** Every list call a person can make: nothing outside what they may see, and total counts only what is listed. */
async function listLeaks(openid: string): Promise<string[]> {
  const may = new Set(visibleTo(openid))
  const leaks: string[] = []
  for (const [action, payload] of LIST_CALLS) {
    const r = await listIds(bed, openid, action, payload)
    if (!r.ok) continue
    const foreign = r.ids.filter((id) => !may.has(id))
    if (foreign.length) leaks.push(`${action} ${JSON.stringify(payload)} lists ${foreign.join(',')}`)
    if (r.total !== r.ids.length) leaks.push(`${action} ${JSON.stringify(payload)} total ${r.total} but lists ${r.ids.length}`)
  }
  return leaks
}

async function assertNoLeaks(): Promise<void> {
  const leaks: Record<string, string[]> = {}
  const numbers = await Promise.all(Object.values(c).map(async (id) => (await adminView(bed, id)).number as string))
  for (const openid of EVERYONE) {
    const mine = await listLeaks(openid)
    const notes = await bed.call(openid, 'notification.list', { pageSize: 50 })
    const noteText = notes.ok ? JSON.stringify(notes.data.items) : ''
    for (const [i, id] of Object.values(c).entries()) {
      const r = await bed.call(openid, 'case.get', { id })
      const may = visibleTo(openid).includes(id)
      if (r.ok !== may) mine.push(`case.get ${id}: ${r.ok ? 'ok' : r.error.code}, expected ${may ? 'ok' : 'refused'}`)
      if (!may) {
        const missing = await bed.call(openid, 'case.get', { id: 'no-such-case' })
        if (!r.ok && !missing.ok && r.error.code !== missing.error.code) mine.push(`case.get ${id}: ${r.error.code} differs from a missing case's ${missing.error.code}`)
        const staff = await bed.call(openid, 'case.assignees', { id })
        if (staff.ok) mine.push(`case.assignees ${id} answered`)
        if (noteText.includes(id) || noteText.includes(numbers[i])) mine.push(`notification.list mentions ${id}`)
      }
    }
    if (mine.length) leaks[PEOPLE[openid]?.name ?? openid] = mine
  }
  expect(leaks).toEqual({})
}

/** Everything 管家甲 can read, as one text, must say nothing of the complaints about them. */
async function assertStewardAKnowsNothing(): Promise<void> {
  const complaints = [c.c2, c.c6]
  const numbers = await Promise.all(complaints.map(async (id) => (await adminView(bed, id)).number as string))
  const answers: unknown[] = []
  for (const [action, payload] of LIST_CALLS) answers.push(await bed.call(AZ.stewardA, action, { pageSize: 50, ...payload }))
  const notes = await bed.call(AZ.stewardA, 'notification.list', { pageSize: 50 })
  answers.push(notes)
  answers.push(await bed.call(AZ.stewardA, 'notification.list', { pageSize: 50, unreadOnly: true }))
  answers.push(await bed.call(AZ.stewardA, 'case.get', { id: c.c1 }))
  answers.push(await bed.call(AZ.stewardA, 'case.assignees', { id: c.c1 }))
  const text = JSON.stringify(answers)
  for (const needle of [...complaints, ...numbers, TEXT.complaint]) expect(text).not.toContain(needle)
  // positive control: they are told about their own consultation, so the channel works
  expect(JSON.stringify(notes)).toContain(c.c1)

  // the unread count is the notification list's, nothing hidden behind it
  const count = await bed.call(AZ.stewardA, 'notification.unreadCount', {})
  const unread = await bed.call(AZ.stewardA, 'notification.list', { pageSize: 50, unreadOnly: true })
  expect(count.ok && unread.ok && count.data.count === unread.data.total).toBe(true)

  // and underneath: no notification or subscribe message was ever addressed to them about it
  const _ = bed.db.command
  const stored = await bed.db.collection(COLLECTIONS.notifications).where({ userId: uid(AZ.stewardA), caseId: _.in(complaints) }).count()
  expect(stored.total).toBe(0)
  const { data: outbox } = await bed.db.collection(COLLECTIONS.outbox).where({ touser: AZ.stewardA }).limit(1000).get()
  const pushed = JSON.stringify(outbox)
  expect(pushed).toContain(c.c1)
  for (const needle of [...complaints, ...numbers]) expect(pushed).not.toContain(needle)
}

describe('no leaks', () => {
  it('each person sees exactly their cases in every list, filter and count, and no other detail', async () => {
    // the exact lists where the rule is plain
    for (const owner of [AZ.ownerA, AZ.staffA, AZ.ownerA2, AZ.ownerB]) {
      const r = await listIds(bed, owner, 'case.mine', { filter: 'all' })
      expect([PEOPLE[owner].name, r]).toEqual([PEOPLE[owner].name, { ok: true, ids: visibleTo(owner), total: visibleTo(owner).length }])
    }
    for (const steward of [AZ.stewardA, AZ.stewardA2, AZ.stewardA3, AZ.stewardB]) {
      const r = await listIds(bed, steward, 'case.inbox', { filter: 'all' })
      expect([PEOPLE[steward].name, r]).toEqual([PEOPLE[steward].name, { ok: true, ids: visibleTo(steward), total: visibleTo(steward).length }])
    }
    for (const manager of [AZ.managerA, AZ.managerB, AZ.admin]) {
      const r = await listIds(bed, manager, 'case.supervise', { view: 'all' })
      expect([PEOPLE[manager].name, r]).toEqual([PEOPLE[manager].name, { ok: true, ids: visibleTo(manager), total: visibleTo(manager).length }])
    }
    await assertNoLeaks()
    await assertStewardAKnowsNothing()
  })

  it('the complainant and the steward complained of are named to managers and the enterprise only', async () => {
    const owner = PEOPLE[AZ.ownerA]
    const steward = await must(bed, AZ.stewardA2, 'case.get', { id: c.c2 })
    const stewardText = JSON.stringify(steward)
    expect(stewardText).not.toContain(owner.name)
    expect(stewardText).not.toContain(owner.phone)
    expect(stewardText).not.toContain(PEOPLE[AZ.stewardA].name)
    expect(steward).toMatchObject({ aboutSteward: true, aboutStewardName: null })

    for (const m of [AZ.managerA, AZ.admin]) {
      expect(await must(bed, m, 'case.get', { id: c.c2 })).toMatchObject({ submitterName: owner.name, submitterPhone: owner.phone, aboutStewardName: PEOPLE[AZ.stewardA].name })
    }
    expect(await must(bed, AZ.ownerA, 'case.get', { id: c.c2 })).toMatchObject({ submitterName: owner.name, submitterPhone: owner.phone })
    expect(await must(bed, AZ.staffA, 'case.get', { id: c.c2 })).toMatchObject({ submitterName: owner.name })
  })

  it('a complaint about 管家甲 stays invisible to them through its whole life and its escalation', async () => {
    const s = AZ.stewardA2
    await step(bed, s, 'case.accept', c.c2)
    await step(bed, AZ.managerA, 'case.press', c.c2, { note: TEXT.press })
    await step(bed, s, 'case.reply', c.c2, { text: TEXT.reply })
    await step(bed, s, 'case.requestInfo', c.c2, { text: TEXT.requestInfo })
    await step(bed, AZ.ownerA, 'case.supplement', c.c2, { text: TEXT.supplement })
    await step(bed, s, 'case.resolve', c.c2, { summary: TEXT.resolve })
    await step(bed, AZ.ownerA, 'case.rate', c.c2, { level: '非常不满意', tags: ['推诿扯皮'], comment: '管家推诿' })
    await step(bed, AZ.managerA, 'case.reviewRectify', c.c2, { note: TEXT.reviewRectify })
    await step(bed, s, 'case.revisit', c.c2, { note: TEXT.revisit })
    const afterRevisit = await adminView(bed, c.c2)
    if (afterRevisit.allowed.includes('rate') || afterRevisit.status === 'resolved') {
      await step(bed, AZ.ownerA, 'case.rate', c.c2, { level: '满意', tags: ['办理高效'], comment: '' })
    }
    // c6 sits with the manager past every deadline; escalation must not reach 管家甲 either
    await step(bed, AZ.managerA, 'case.press', c.c6, { note: TEXT.press })
    bed.clock.advanceDays(30)
    await sweep(bed)
    await sweep(bed)
    // the escalation really ran, so its notifications were there to leak
    expect((await adminView(bed, c.c6)).escalationLevel).toBeGreaterThanOrEqual(2)
    await assertNoLeaks()
    await assertStewardAKnowsNothing()
  })
})

/** the timer jobs, as cloudfunctions/sweep runs them */
async function sweep(b: Bed): Promise<void> {
  await runSweep({ db: b.db, clock: b.clock, messenger: outboxMessenger(b.db, b.clock) })
}
