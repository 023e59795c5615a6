/**
 * Rate limits in the router (issue 9, decision 0012): per account and per IP, per action
 * class, fixed windows counted through the database port; a refused call writes nothing.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { consumeRateLimit, rateLimitMessage } from '../../../cloudfunctions/api/src/limits'
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../../../types'
import { digest, FIX, openBed, seedFixture, snapshotCounts, type Bed } from '../helpers'
import { fullDigest } from './crash'

let bed: Bed
beforeEach(async () => {
  bed = openBed({ strictLimits: true })
  await seedFixture(bed)
})
afterEach(() => bed.close())

const consult = (n: number) => ({ type: 'consult', category: '政策咨询', text: `第${n}次咨询：请问这项政策如何申报？` })
const count = async (name: string) => (await bed.db.collection(name).count()).total

function withCase(rule: Partial<RateLimitSettings['case']>): RateLimitSettings {
  return { ...DEFAULT_RATE_LIMITS, case: { ...DEFAULT_RATE_LIMITS.case, ...rule } }
}

describe('per account', () => {
  it('200 case.submit within a minute: the configured number succeed, the rest are RATE_LIMITED and write nothing', async () => {
    const limit = DEFAULT_RATE_LIMITS.case.perAccount
    const casesBefore = await count(COLLECTIONS.cases)
    const answers = []
    let afterLastSuccess = ''
    for (let i = 0; i < 200; i++) {
      const r = await bed.call(FIX.ownerA, 'case.submit', consult(i), undefined, '10.0.0.1')
      answers.push(r)
      if (r.ok) afterLastSuccess = fullDigest(bed)
      bed.clock.current = new Date(bed.clock.current.getTime() + 250) // 200 calls in 50 s: one window
    }
    const ok = answers.filter((r) => r.ok)
    const limited = answers.filter((r) => !r.ok)
    expect(ok).toHaveLength(limit)
    expect(answers.slice(0, limit).every((r) => r.ok)).toBe(true)
    expect(limited).toHaveLength(200 - limit)
    for (const r of limited) expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请在 1 分钟后再试' } })
    expect(await count(COLLECTIONS.cases)).toBe(casesBefore + limit)
    // the 190 refusals changed nothing at all: no case, no request record, no counter, no revision
    expect(fullDigest(bed)).toBe(afterLastSuccess)
  })

  it('opens again when the window ends', async () => {
    for (let i = 0; i < DEFAULT_RATE_LIMITS.case.perAccount; i++) expect((await bed.call(FIX.ownerA, 'case.submit', consult(i))).ok).toBe(true)
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(99))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    bed.clock.current = new Date(bed.clock.current.getTime() + 60_000)
    expect((await bed.call(FIX.ownerA, 'case.submit', consult(100))).ok).toBe(true)
  })

  it('counts classes apart: a flood of case submissions leaves other writes alone', async () => {
    for (let i = 0; i < 12; i++) await bed.call(FIX.ownerA, 'case.submit', consult(i))
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(50))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect((await bed.call(FIX.ownerA, 'policy.follow', { category: '财税', on: true })).ok).toBe(true)
  })

  it('a replayed answer (same request id) does not take another slot', async () => {
    await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ perAccount: 2 }))
    const first = await bed.call(FIX.ownerA, 'case.submit', consult(1), 'same-request-1')
    for (let i = 0; i < 5; i++) expect(await bed.call(FIX.ownerA, 'case.submit', consult(1), 'same-request-1')).toEqual(first)
    expect((await bed.call(FIX.ownerA, 'case.submit', consult(2))).ok).toBe(true)
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(3))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  it('a refused attempt counts: content that fails validation in the handler still takes a slot', async () => {
    await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ perAccount: 2 }))
    const before = await snapshotCounts(bed)
    const refused = { type: 'complaint', category: '企业管家', text: '这是一条关于管家的投诉内容。', aboutSteward: true }
    // FIX's enterprise has no steward: the handler refuses, writing nothing of the domain…
    expect((await bed.call(FIX.ownerA, 'case.submit', refused)).ok).toBe(false)
    expect(await snapshotCounts(bed)).toEqual(before)
    // …but the attempt was counted
    expect((await bed.call(FIX.ownerA, 'case.submit', consult(1))).ok).toBe(true)
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(2))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })
})

describe('per IP', () => {
  it('counts every account behind one address, and only that address', async () => {
    await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ perAccount: 2, perIp: 3 }))
    const ip = '203.0.113.7'
    expect((await bed.call(FIX.ownerA, 'case.submit', consult(1), undefined, ip)).ok).toBe(true)
    expect((await bed.call(FIX.ownerA, 'case.submit', consult(2), undefined, ip)).ok).toBe(true)
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(3), undefined, ip)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect((await bed.call(FIX.ownerB, 'case.submit', consult(4), undefined, ip)).ok).toBe(true)
    const before = digest(bed)
    // the address is full: another account behind it is refused, writing nothing
    expect(await bed.call(FIX.ownerB, 'case.submit', consult(5), undefined, ip)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(digest(bed)).toBe(before)
    // the same account from another address still has room
    expect((await bed.call(FIX.ownerB, 'case.submit', consult(6), undefined, '198.51.100.9')).ok).toBe(true)
  })

  it('stores a digest of the address, never the address', async () => {
    await bed.call(FIX.ownerA, 'case.submit', consult(1), undefined, '203.0.113.7')
    const { data } = await bed.db.collection(COLLECTIONS.rateLimits).limit(100).get()
    expect(data.length).toBe(2)
    expect(JSON.stringify(data)).not.toContain('203.0.113.7')
  })
})

describe('settings', () => {
  it('the city admin reads and changes the limits; managers and others are refused', async () => {
    expect(await bed.call(FIX.admin, 'settings.getRateLimits')).toEqual({ ok: true, data: DEFAULT_RATE_LIMITS })
    for (const who of [FIX.managerA, FIX.stewardA, FIX.ownerA, FIX.guest]) {
      expect(await bed.call(who, 'settings.getRateLimits')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await bed.call(who, 'settings.setRateLimits', withCase({ perAccount: 1 }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    const next = withCase({ perAccount: 3, perIp: 30, windowSeconds: 3600 })
    expect(await bed.call(FIX.admin, 'settings.setRateLimits', next)).toEqual({ ok: true, data: next })
    expect(await bed.call(FIX.admin, 'settings.getRateLimits')).toEqual({ ok: true, data: next })
    const { data: audit } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'settings.setRateLimits' }).get()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actorId: userIdFor(FIX.admin), detail: { before: DEFAULT_RATE_LIMITS, after: next } })
    // and the router uses them at once: an hour-long window says the time to come back
    for (let i = 0; i < 3; i++) expect((await bed.call(FIX.ownerA, 'case.submit', consult(i))).ok).toBe(true)
    // 02:00Z is 10:00 in Beijing; the hour's window ends at 11:00
    expect(await bed.call(FIX.ownerA, 'case.submit', consult(9))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请在 60 分钟后再试' } })
  })

  it('refuses bad values with the field and a Chinese message, writing nothing', async () => {
    const before = digest(bed)
    expect(await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ perAccount: 0 }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'case.perAccount', message: '每个账号的次数至少为1' } })
    expect(await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ windowSeconds: 1.5 }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'case.windowSeconds', message: '统计时段（秒）应为整数' } })
    expect(await bed.call(FIX.admin, 'settings.setRateLimits', withCase({ perAccount: 50, perIp: 10 }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'case.perIp', message: '每个IP的次数不能少于每个账号的次数' }
    })
    const { case: _omitted, ...missing } = DEFAULT_RATE_LIMITS
    expect(await bed.call(FIX.admin, 'settings.setRateLimits', missing)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'case' } })
    expect(digest(bed)).toBe(before)
  })
})

describe('consumeRateLimit (the upload route calls it)', () => {
  it('counts uploads per account until the limit, then says when the window ends', async () => {
    const settings: RateLimitSettings = { ...DEFAULT_RATE_LIMITS, upload: { perAccount: 2, perIp: 5, windowSeconds: 600 } }
    const now = new Date('2026-11-20T02:03:00.000Z')
    const subject = { cls: 'upload' as const, userId: userIdFor(FIX.ownerA), ip: '10.1.1.1', now, settings }
    expect(await consumeRateLimit(bed.db, subject)).toEqual({ ok: true })
    expect(await consumeRateLimit(bed.db, subject)).toEqual({ ok: true })
    const before = fullDigest(bed)
    expect(await consumeRateLimit(bed.db, subject)).toEqual({ ok: false, retryAt: new Date('2026-11-20T02:10:00.000Z') })
    expect(fullDigest(bed)).toBe(before)
    // settings default to the stored ones
    expect(await consumeRateLimit(bed.db, { cls: 'upload', userId: userIdFor(FIX.ownerB), ip: null, now })).toEqual({ ok: true })
  })
})

describe('the message', () => {
  const now = new Date('2026-11-20T02:00:30.000Z') // 10:00:30 in Beijing
  it('says minutes within the hour and the Beijing time beyond it', () => {
    expect(rateLimitMessage(new Date('2026-11-20T02:01:00.000Z'), now)).toBe('操作太频繁，请在 1 分钟后再试')
    expect(rateLimitMessage(new Date('2026-11-20T02:10:00.000Z'), now)).toBe('操作太频繁，请在 10 分钟后再试')
    expect(rateLimitMessage(new Date('2026-11-20T04:32:00.000Z'), now)).toBe('操作太频繁，请于 12:32 后再试')
    expect(rateLimitMessage(new Date('2026-11-20T16:30:00.000Z'), now)).toBe('操作太频繁，请于 明天 00:30 后再试')
  })
})
