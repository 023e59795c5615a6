/**
 * The local host's development session: a signed token naming an openid. It stands in
 * for the WeChat context locally; it is never accepted in production.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

const MAX_AGE_MS = 30 * 86400_000
/** how far ahead of this machine's clock a token may be dated (another machine's clock drift) */
export const CLOCK_SKEW_MS = 2 * 60_000

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url')
}

export function issueToken(secret: string, openid: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ o: openid, t: now })).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/**
 * The openid a token names, or null when it is missing, forged, stale, dated in the
 * future (beyond CLOCK_SKEW_MS) or not exactly `body.mac`.
 */
export function verifyToken(secret: string, token: string | undefined, now = Date.now()): string | null {
  if (!token) return null
  const parts = token.split('.')
  if (parts.length !== 2) return null
  const [body, mac] = parts
  if (!body || !mac) return null
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const { o, t } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { o?: unknown; t?: unknown }
    if (typeof o !== 'string' || !o || typeof t !== 'number' || !Number.isFinite(t)) return null
    if (now - t > MAX_AGE_MS || t - now > CLOCK_SKEW_MS) return null
    return o
  } catch {
    return null
  }
}

export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '')
  return m?.[1]
}
