import { randomBytes } from 'node:crypto'
import type { MembershipStatus } from '../../../../../types'
import { CODE_ALPHABET } from '../ids'

export const membershipIdOf = (enterpriseId: string, userId: string): string => `${enterpriseId}_${userId}`

export function queueKeyOf(status: MembershipStatus, parkId: string): string {
  return `${status === 'pending' ? 'pending' : 'decided'}:${parkId}`
}

/** every park's key of a queue: a range (';' follows ':' in code order) */
export function queueKeyRange(queue: 'pending' | 'decided'): { from: string; to: string } {
  return { from: `${queue}:`, to: `${queue};` }
}

export const MEMBER_INVITE_CODE_LENGTH = 10

/** 10 characters of a 31-letter alphabet: ~49 bits, not guessable within the code's 7 days */
export function newMemberInviteCode(): string {
  const bytes = randomBytes(MEMBER_INVITE_CODE_LENGTH * 2)
  let code = ''
  // rejection sampling keeps every letter equally likely (256 is not a multiple of 31)
  for (const b of bytes) {
    if (b >= 248) continue // 8 x 31
    code += CODE_ALPHABET[b % CODE_ALPHABET.length]
    if (code.length === MEMBER_INVITE_CODE_LENGTH) return code
  }
  return code + newMemberInviteCode().slice(code.length)
}
