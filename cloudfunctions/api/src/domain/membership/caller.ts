/**
 * Defence in depth: the user document's role and enterpriseId are a cache of the approved
 * membership. Every call checks it against the membership document (one read by its
 * deterministic id), so a stale or forged cache grants nothing.
 */
import type { Membership } from '../../../../../types'
import type { Database } from '../../db/port'
import type { UserDoc } from '../docs'
import type { MembershipDoc } from './docs'
import { membershipIdOf } from './ids'
import { readMembership } from './record'
import { toMembership } from './views'

/** the user as the domain may trust them: an entrepreneur only with an approved membership */
export async function verifiedUser(db: Database, user: UserDoc | null): Promise<UserDoc | null> {
  if (!user || user.role !== 'entrepreneur') return user
  const doc = user.enterpriseId ? await readMembership(db, membershipIdOf(user.enterpriseId, user._id)) : null
  if (doc?.status === 'approved' && doc.userId === user._id) return user
  return { ...user, role: 'guest', enterpriseId: null, parkId: null }
}

/** Me.membership: the approved one, else the latest request */
export async function currentMembership(db: Database, user: UserDoc | null): Promise<Membership | null> {
  if (!user) return null
  if (user.role === 'entrepreneur' && user.enterpriseId) {
    const approved = await readMembership(db, membershipIdOf(user.enterpriseId, user._id))
    if (approved?.status === 'approved') return toMembership(approved, 'self')
  }
  const latest = user.membershipId ? await readMembership(db, user.membershipId) : null
  return latest && latest.userId === user._id ? toMembership(latest, 'self') : null
}

/** the enterprise a 待认证 user has a pending request for (individual consults go to its park) */
export async function pendingRequestOf(db: Database, user: UserDoc | null): Promise<MembershipDoc | null> {
  if (!user?.membershipId) return null
  const doc = await readMembership(db, user.membershipId)
  return doc && doc.status === 'pending' && doc.userId === user._id ? doc : null
}
