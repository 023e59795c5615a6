/** Dev tokens: signed, not stale, not dated in the future, exactly two parts. */
import { createHmac } from 'node:crypto'
import { CLOCK_SKEW_MS, issueToken, verifyToken } from '../../../server/session'

const SECRET = 'x'.repeat(40)
const NOW = Date.parse('2026-11-20T02:00:00.000Z')

/** a correctly signed token over any body, to probe the checks behind the signature */
function signed(claims: unknown): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`
}

describe('dev tokens', () => {
  it('accept a fresh token, and one dated a little ahead of this clock', () => {
    expect(verifyToken(SECRET, issueToken(SECRET, 'oid-a', NOW), NOW)).toBe('oid-a')
    expect(verifyToken(SECRET, issueToken(SECRET, 'oid-a', NOW + CLOCK_SKEW_MS), NOW)).toBe('oid-a')
  })

  it('refuse a token dated in the future beyond the clock skew', () => {
    expect(verifyToken(SECRET, issueToken(SECRET, 'oid-a', NOW + CLOCK_SKEW_MS + 1), NOW)).toBeNull()
    expect(verifyToken(SECRET, issueToken(SECRET, 'oid-a', NOW + 365 * 86400_000), NOW)).toBeNull()
  })

  it('refuse a stale token', () => {
    expect(verifyToken(SECRET, issueToken(SECRET, 'oid-a', NOW - 31 * 86400_000), NOW)).toBeNull()
  })

  it('refuse extra or missing parts, even with a valid signature in front', () => {
    const good = issueToken(SECRET, 'oid-a', NOW)
    expect(verifyToken(SECRET, `${good}.extra`, NOW)).toBeNull()
    expect(verifyToken(SECRET, `${good}.`, NOW)).toBeNull()
    expect(verifyToken(SECRET, good.split('.')[0], NOW)).toBeNull()
    expect(verifyToken(SECRET, `.${good}`, NOW)).toBeNull()
  })

  it('refuse signed claims of the wrong shape', () => {
    expect(verifyToken(SECRET, signed({ o: 'oid-a', t: NOW }), NOW)).toBe('oid-a')
    for (const claims of [{ o: '', t: NOW }, { o: 1, t: NOW }, { o: 'oid-a', t: String(NOW) }, { o: 'oid-a' }, { o: 'oid-a', t: null }, 'oid-a', null]) {
      expect(verifyToken(SECRET, signed(claims), NOW)).toBeNull()
    }
  })

  it('refuse a token signed with another secret', () => {
    expect(verifyToken(SECRET, issueToken('y'.repeat(40), 'oid-a', NOW), NOW)).toBeNull()
  })
})
