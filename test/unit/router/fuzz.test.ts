/**
 * 1,000 random payloads across every action, as callers of every role: the router
 * answers each with a result or a typed error, never throws, and writes nothing.
 */
import { ERROR_MESSAGES, schemas } from '../../../types'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'

// A small seeded generator, so a failure can be replayed.
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const STRINGS = [' ', '0', '-1', 'null', 'undefined', '<script>alert(1)</script>', "'; drop table users; --", '💥', '统一社会信用代码', 'A'.repeat(5000), '__proto__', '$where', '\u0000', '91430300MA4L000011', 'steward', 'manager', 'admin']

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * (depth > 2 ? 6 : 9))
  switch (pick) {
    case 0: return null
    case 1: return r() < 0.5
    case 2: return [0, -1, 1.5, 1e308, -1e308, NaN, 2 ** 53, 51, 10001][Math.floor(r() * 9)]
    case 3: return STRINGS[Math.floor(r() * STRINGS.length)]
    case 4: return undefined
    case 5: return Math.floor(r() * 100)
    case 6: return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1))
    default: return randomObject(r, depth + 1)
  }
}

const KEYS = ['name', 'creditCode', 'code', 'phone', 'role', 'parkId', 'note', 'page', 'pageSize', 'category', 'id', 'openid', 'userId', '__proto__', 'constructor', '_id']

function randomObject(r: () => number, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  const n = Math.floor(r() * 5)
  for (let i = 0; i < n; i++) o[KEYS[Math.floor(r() * KEYS.length)]] = randomValue(r, depth)
  return o
}

let bed: Bed
beforeAll(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterAll(() => bed.close())

it('1,000 random payloads produce only results or typed errors, and no write', async () => {
  const r = rng(20261122)
  const actions = Object.keys(schemas)
  const callers = [FIX.guest, FIX.ownerA, FIX.stewardA, FIX.managerA, FIX.admin, null]
  const before = digest(bed)
  const codes = new Map<string, number>()
  for (let i = 0; i < 1000; i++) {
    const action = r() < 0.05 ? STRINGS[Math.floor(r() * STRINGS.length)] : actions[Math.floor(r() * actions.length)]
    const payload = r() < 0.15 ? randomValue(r) : randomObject(r, 0)
    const requestId = r() < 0.3 ? randomValue(r) : undefined
    const caller = callers[Math.floor(r() * callers.length)]
    const result = await bed.route({ action, payload, requestId }, caller)
    expect(typeof result.ok).toBe('boolean')
    if (!result.ok) {
      expect(Object.keys(ERROR_MESSAGES)).toContain(result.error.code)
      expect(typeof result.error.message).toBe('string')
      expect(result.error.code).not.toBe('INTERNAL')
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
    }
  }
  // reads of news may only bump a read counter, and random ids never match one
  expect(digest(bed)).toEqual(before)
  // the run exercised refusals of several kinds, not one path a thousand times
  expect(codes.get('INVALID_INPUT')).toBeGreaterThan(50)
  expect(codes.get('FORBIDDEN')).toBeGreaterThan(50)
  expect(codes.get('UNAUTHENTICATED')).toBeGreaterThan(50)
  expect(codes.get('UNKNOWN_ACTION')).toBeGreaterThan(10)
})
