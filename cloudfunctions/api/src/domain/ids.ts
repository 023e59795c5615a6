import { createHash, randomBytes } from 'node:crypto'

/**
 * A user's document id is derived from the openid, so that a transaction (which may
 * only address single documents) can reach it, and so ids shown elsewhere do not
 * reveal the openid.
 */
export function userIdFor(openid: string): string {
  return 'u' + createHash('sha256').update(openid).digest('hex').slice(0, 31)
}

// No 0/O, 1/I/L: codes are read aloud and typed from screens.
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function newInviteCode(): string {
  const bytes = randomBytes(8)
  let code = ''
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length]
  return code
}

/** the state of a one-time code (a staff invitation or an enterprise's member invitation) */
export function codeStatus(code: { revokedAt: string | null; used: boolean; expiresAt: string }, now: Date): 'unused' | 'used' | 'expired' | 'revoked' {
  if (code.revokedAt) return 'revoked'
  if (code.used) return 'used'
  if (code.expiresAt <= now.toISOString()) return 'expired'
  return 'unused'
}
