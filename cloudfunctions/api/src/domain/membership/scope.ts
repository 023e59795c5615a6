/**
 * Who may decide about an enterprise's members. Staff: the enterprise's own steward, a
 * manager of its park, the city admin. The enterprise itself: its approved 企业管理员.
 * Anything outside the caller's scope answers NOT_FOUND, so its existence is not confirmed.
 */
import type { Database, Transaction } from '../../db/port'
import type { Caller } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError } from '../errors'
import type { MembershipDoc } from './docs'
import { membershipIdOf } from './ids'
import { readMembership } from './record'

export const isStaff = (caller: Caller): boolean => caller.role === 'steward' || caller.role === 'manager' || caller.role === 'admin'

export function staffCovers(caller: Caller, enterprise: Pick<EnterpriseDoc, 'parkId' | 'stewardId'>): boolean {
  const user = caller.user
  if (!user) return false
  switch (caller.role) {
    case 'steward':
      return enterprise.stewardId === user._id
    case 'manager':
      return !!user.parkId && user.parkId === enterprise.parkId
    case 'admin':
      return true
    default:
      return false
  }
}

export async function loadEnterprise(db: Database | Transaction, id: string): Promise<EnterpriseDoc | null> {
  const { data } = await db.collection(COLLECTIONS.enterprises).doc(id).get()
  return (data as EnterpriseDoc | null) ?? null
}

/** the caller's own approved membership, read in the transaction that relies on it (or, for a read, the database) */
export async function ownApproved(db: Database | Transaction, caller: Caller): Promise<MembershipDoc | null> {
  const user = caller.user as UserDoc | null
  if (caller.role !== 'entrepreneur' || !user?.enterpriseId) return null
  const doc = await readMembership(db, membershipIdOf(user.enterpriseId, user._id))
  return doc && doc.status === 'approved' ? doc : null
}

/** the caller's enterprise, when they are its approved admin; else NOT_BOUND or NOT_ENTERPRISE_ADMIN */
export async function requireEnterpriseAdmin(db: Database | Transaction, caller: Caller): Promise<MembershipDoc> {
  const own = await ownApproved(db, caller)
  if (!own) throw new DomainError('NOT_BOUND')
  if (!own.isAdmin) throw new DomainError('NOT_ENTERPRISE_ADMIN')
  return own
}

/**
 * May the caller manage members of `enterprise` (remove, set admin, list)? Staff in scope,
 * or the enterprise's own admin. Answers who acts, for the audit and the notice.
 */
export async function requireManagerOf(tx: Transaction, caller: Caller, enterprise: EnterpriseDoc): Promise<'staff' | 'admin'> {
  if (isStaff(caller)) {
    if (!staffCovers(caller, enterprise)) throw new DomainError('NOT_FOUND', '未找到该成员或您无权管理')
    return 'staff'
  }
  const own = await ownApproved(tx, caller)
  if (!own || own.enterpriseId !== enterprise._id) throw new DomainError('NOT_FOUND', '未找到该成员或您无权管理')
  if (!own.isAdmin) throw new DomainError('NOT_ENTERPRISE_ADMIN')
  return 'admin'
}
