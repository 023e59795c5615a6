/**
 * Signed file URLs of the local host: /files/<path>?e=<expiry, unix seconds>&s=<HMAC>.
 * The key is derived from the session secret for this one purpose, so a file signature
 * can never pass for a session token or the other way round.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** how long a handed-out URL works */
export const FILE_URL_TTL_MS = 2 * 3600_000
/** expiries are rounded up to this step, so one file keeps one URL for a while and the browser cache holds */
const EXPIRY_STEP_S = 15 * 60

const keyOf = (secret: string): Buffer => createHmac('sha256', secret).update('qsj/files/v1').digest()

function mac(secret: string, path: string, expires: number): string {
  return createHmac('sha256', keyOf(secret)).update(`${path}\n${expires}`).digest('base64url')
}

export function expiryFor(nowMs: number, ttlMs = FILE_URL_TTL_MS): number {
  return Math.ceil((nowMs + ttlMs) / 1000 / EXPIRY_STEP_S) * EXPIRY_STEP_S
}

/** the URL of a stored file's path (relative to the files folder) */
export function signedFileUrl(secret: string, path: string, nowMs: number, ttlMs = FILE_URL_TTL_MS): string {
  const e = expiryFor(nowMs, ttlMs)
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `/files/${encoded}?e=${e}&s=${mac(secret, path, e)}`
}

export type SignatureCheck = 'ok' | 'missing' | 'invalid' | 'expired'

export function checkSignature(secret: string, path: string, e: unknown, s: unknown, nowMs: number): SignatureCheck {
  if (typeof e !== 'string' || typeof s !== 'string' || !e || !s) return 'missing'
  if (!/^\d{1,12}$/.test(e)) return 'invalid'
  const expected = Buffer.from(mac(secret, path, Number(e)))
  const given = Buffer.from(s)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  return Number(e) * 1000 < nowMs ? 'expired' : 'ok'
}
