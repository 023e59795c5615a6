/**
 * Garbage for every action in `schemas`, by every role and without identity: each call
 * answers a result or a typed error with a Chinese message — never INTERNAL, never a
 * thrown error or an error log — and a refused call, or any read, writes nothing. The
 * garbage is shaped by each action's own schema keys so that it gets past the envelope
 * and into validation (and, rarely, into the handler), with a valid request id half the
 * time so writes are not all stopped at REQUEST_ID_REQUIRED.
 */
import * as v from 'valibot'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { ERROR_MESSAGES, schemas, WRITE_ACTIONS, type ActionName } from '../../../types'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const STRINGS = [
  '', ' ', '0', '-1', 'null', '<script>alert(1)</script>', "'; drop table users; --", '💥', '\u0000', 'A'.repeat(3000), '__proto__', '$where', '{"$gt":""}',
  '2026-02-30', '2026-11-20T02:00:00.000Z', '13800000000', '91430300MA4L000011', 'ABCDEFGHJK', 'csv', 'json', 'admin', 'approve', 'reject', '满意', '非常不满意',
  FIX.entA._id, FIX.entB._id, FIX.parkA, FIX.parkB, userIdFor(FIX.ownerA), userIdFor(FIX.managerB), `${FIX.entA._id}_${userIdFor(FIX.ownerA)}`, 'cloud://env-test/u/x/202611/a.jpg'
]

function garbage(r: () => number, depth = 0): unknown {
  switch (Math.floor(r() * (depth > 1 ? 7 : 10))) {
    case 0: return null
    case 1: return r() < 0.5
    case 2: return [0, -1, 0.5, 1e308, NaN, Infinity, 2 ** 53, 61, 1001][Math.floor(r() * 9)]
    case 3: return undefined
    case 4: return Math.floor(r() * 60)
    case 5:
    case 6: return STRINGS[Math.floor(r() * STRINGS.length)]
    case 7: return Array.from({ length: Math.floor(r() * 4) }, () => garbage(r, depth + 1))
    default: return { __proto__: garbage(r, depth + 1), constructor: 'x', key: garbage(r, depth + 1), name: garbage(r, depth + 1), fileID: garbage(r, depth + 1) }
  }
}

/** the top-level keys an action's payload schema names (object schemas, piped or not) */
function keysOf(action: ActionName): string[] {
  const schema = schemas[action] as unknown as { entries?: Record<string, unknown>; pipe?: Array<{ entries?: Record<string, unknown> }> }
  return Object.keys(schema.entries ?? schema.pipe?.[0]?.entries ?? {})
}

function payloadFor(action: ActionName, r: () => number): unknown {
  if (r() < 0.15) return garbage(r)
  const out: Record<string, unknown> = {}
  for (const key of keysOf(action)) if (r() < 0.8) out[key] = garbage(r)
  if (r() < 0.3) out.openid = FIX.admin
  return out
}

const CALLERS = [FIX.guest, FIX.ownerA, FIX.ownerB, FIX.stewardA, FIX.managerA, FIX.managerB, FIX.admin, null]
const ACTION_NAMES = Object.keys(schemas) as ActionName[]
const ROUNDS = 2

let bed: Bed
beforeAll(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterAll(() => bed.close())

it(`every action, ${ROUNDS} rounds of garbage by every caller: typed refusals only, and a refusal or a read writes nothing`, async () => {
  const r = rng(20261208)
  const codes = new Map<string, number>()
  const reached = new Set<string>()
  let accepted = 0
  let n = 0
  for (let round = 0; round < ROUNDS; round++) {
    for (const action of ACTION_NAMES) {
      for (const caller of CALLERS) {
        const payload = payloadFor(action, r)
        const requestId = r() < 0.5 ? `fuzz-${round}-${n++}-${Math.floor(r() * 1e9)}` : garbage(r)
        const before = digest(bed)
        const result = await bed.route({ action, payload, requestId }, caller)
        const where = { action, caller, payload }
        expect({ ...where, ok: typeof result.ok }).toEqual({ ...where, ok: 'boolean' })
        if (result.ok) {
          // a garbage payload that happens to be valid is a legitimate call
          if (WRITE_ACTIONS.has(action)) accepted++
          else expect({ ...where, changed: digest(bed) !== before }).toEqual({ ...where, changed: false })
          continue
        }
        const { code, message } = result.error
        expect({ ...where, code, known: Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code), message: typeof message }).toEqual({ ...where, code: expect.not.stringMatching(/^INTERNAL$/), known: true, message: 'string' })
        expect({ ...where, message }).toEqual({ ...where, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
        expect({ ...where, changed: digest(bed) !== before }).toEqual({ ...where, changed: false })
        codes.set(code, (codes.get(code) ?? 0) + 1)
        if (!['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'REQUEST_ID_REQUIRED'].includes(code)) reached.add(action)
      }
    }
  }
  expect(bed.logs).toEqual([])
  // the run was refused for many reasons, and many actions got past validation into their handlers
  expect(codes.get('INVALID_INPUT')).toBeGreaterThan(300)
  expect(codes.get('FORBIDDEN')).toBeGreaterThan(300)
  expect(codes.get('UNAUTHENTICATED')).toBe(ACTION_NAMES.length * ROUNDS)
  expect(reached.size).toBeGreaterThan(10)
  expect(accepted).toBeLessThan(ACTION_NAMES.length)
})

it('covers every action of the contract, the new membership and rate-limit actions included', () => {
  for (const action of ['membership.apply', 'membership.approve', 'membership.remove', 'membership.redeem', 'settings.getRateLimits', 'settings.setRateLimits']) {
    expect(ACTION_NAMES).toContain(action)
  }
  // every schema is one the fuzzer can shape (or an empty object): keysOf never throws
  for (const action of ACTION_NAMES) expect(() => keysOf(action)).not.toThrow()
  // a schema without a message of its own answers in Chinese too
  const missing = v.safeParse(schemas['case.accept'], {})
  expect(!missing.success && missing.issues[0].message).toBe('提交的内容缺少必填项')
  const wrong = v.safeParse(schemas['notification.list'], { unreadOnly: 'yes' })
  expect(!wrong.success && wrong.issues[0].message).toBe('提交的内容格式不正确')
})
