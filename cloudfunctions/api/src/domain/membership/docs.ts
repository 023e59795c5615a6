/**
 * Stored shapes of 企业认证 (collections in ../docs.ts COLLECTIONS). The membership document
 * is the truth of who may act for an enterprise; `users.role/enterpriseId` is a cache of it,
 * written only in the transaction that approves or ends a membership and checked against it
 * on every call (see caller.ts).
 */
import type { Membership } from '../../../../../types'

/** `_id` is `${enterpriseId}_${userId}` (membershipIdOf): one read answers "is this user a member" */
export interface MembershipDoc extends Membership {
  /** stored in full; views.ts masks it for readers other than the member and staff in scope */
  phone: string
  decidedById: string | null
  updatedAt: string
  /**
   * List key: `pending:${parkId}` while pending, else `decided:${parkId}`. The embedded
   * database selects through the first field of an index only, so the park queue needs
   * one scalar field that picks exactly its rows (as cases/keys.ts does).
   */
  queueKey: string
}

export interface MemberInviteDoc {
  /** the code itself */
  _id: string
  enterpriseId: string
  enterpriseName: string
  note: string
  createdById: string
  createdByName: string
  createdAt: string
  expiresAt: string
  usedById: string | null
  usedByName: string | null
  usedAt: string | null
  revokedAt: string | null
}

/** _id = enterpriseId. Every change to who is an approved member or admin goes through it. */
export interface MemberRosterDoc {
  _id: string
  approved: number
  admins: number
  updatedAt: string
}
