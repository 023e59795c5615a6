/** Stored membership and invite → what the client sees. */
import type { MemberInvite, Membership } from '../../../../../types'
import { maskPhone } from '../cases/visibility'
import type { MemberInviteDoc, MembershipDoc } from './docs'

/**
 * Everyone who may read a membership at all (the member, staff in scope, the enterprise's
 * admin) may see the phone: they are the people who need to reach the applicant. `full`
 * stays a parameter so a wider reader added later starts masked.
 */
export function toMembership(doc: MembershipDoc, full = true): Membership {
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

export function inviteStatus(doc: MemberInviteDoc, now: Date): MemberInvite['status'] {
  if (doc.revokedAt) return 'revoked'
  if (doc.usedById) return 'used'
  if (doc.expiresAt <= now.toISOString()) return 'expired'
  return 'unused'
}

export function toMemberInvite(doc: MemberInviteDoc, now: Date): MemberInvite {
  return {
    code: doc._id,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    note: doc.note,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    status: inviteStatus(doc, now),
    usedByName: doc.usedByName
  }
}
