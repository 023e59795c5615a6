/** Stored membership and invite → what the client sees. */
import type { MemberInvite, Membership } from '../../../../../types'
import type { Caller } from '../context'
import { maskPhone } from '../cases/visibility'
import { codeStatus, userIdFor } from '../ids'
import type { MemberInviteDoc, MembershipDoc } from './docs'
import { isStaff } from './scope'

/**
 * The full phone goes to the member themself and to staff in scope (who must reach an
 * applicant); a colleague, even the enterprise's admin, reads it masked (DESIGN: personal
 * data only to its owner and the staff who need it).
 */
export function toMembership(doc: MembershipDoc, reader: Caller | 'self'): Membership {
  const full = reader === 'self' || isStaff(reader) || doc.userId === (reader.user?._id ?? userIdFor(reader.openid))
  return {
    _id: doc._id,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    parkId: doc.parkId,
    userId: doc.userId,
    name: doc.name,
    phone: full ? doc.phone : maskPhone(doc.phone),
    status: doc.status,
    method: doc.method,
    capacity: doc.capacity,
    isAdmin: doc.isAdmin,
    licence: doc.licence,
    authorisation: doc.authorisation,
    reason: doc.reason,
    decidedByName: doc.decidedByName,
    decidedAt: doc.decidedAt,
    createdAt: doc.createdAt
  }
}

export function toMemberInvite(doc: MemberInviteDoc, now: Date): MemberInvite {
  return {
    code: doc._id,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    note: doc.note,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    status: codeStatus({ revokedAt: doc.revokedAt, used: !!doc.usedById, expiresAt: doc.expiresAt }, now),
    usedByName: doc.usedByName
  }
}
