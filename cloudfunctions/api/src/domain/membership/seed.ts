/**
 * Demo data and test fixtures: makes an existing user an approved member outside the
 * actions (no audit, no notice), keeping the membership, the roster and the cached role in
 * step exactly as grantMembership does. Never reachable from a request.
 */
import type { Database } from '../../db/port'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import type { MembershipDoc, MemberRosterDoc } from './docs'
import { membershipIdOf, queueKeyOf } from './ids'

export async function seedApprovedMember(
  db: Database,
  input: { userId: string; enterpriseId: string; isAdmin?: boolean; at?: string }
): Promise<MembershipDoc> {
  const user = (await db.collection(COLLECTIONS.users).doc(input.userId).get()).data as UserDoc | null
  const enterprise = (await db.collection(COLLECTIONS.enterprises).doc(input.enterpriseId).get()).data as EnterpriseDoc | null
  if (!user || !enterprise) throw new Error(`seedApprovedMember: user ${input.userId} or enterprise ${input.enterpriseId} missing`)
  const at = input.at ?? user.createdAt
  const members = db.collection(COLLECTIONS.memberships)
  const before = await db.collection(COLLECTIONS.memberRosters).doc(enterprise._id).get()
  const roster = (before.data as MemberRosterDoc | null) ?? { _id: enterprise._id, approved: 0, admins: 0, updatedAt: at }
  const id = membershipIdOf(enterprise._id, user._id)
  const existing = (await members.doc(id).get()).data as MembershipDoc | null
  if (existing?.status === 'approved') return existing
  const isAdmin = input.isAdmin ?? roster.approved === 0
  const doc: Omit<MembershipDoc, '_id'> = {
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    parkId: enterprise.parkId,
    userId: user._id,
    name: user.name,
    phone: user.phone,
    status: 'approved',
    method: 'seed',
    capacity: isAdmin ? 'legalRep' : 'authorised',
    isAdmin,
    licence: null,
    authorisation: null,
    reason: null,
    decidedById: null,
    decidedByName: '初始导入',
    decidedAt: at,
    createdAt: at,
    updatedAt: at,
    queueKey: queueKeyOf('approved', enterprise.parkId)
  }
  await members.doc(id).set({ data: doc as unknown as Record<string, unknown> })
  await db.collection(COLLECTIONS.memberRosters).doc(enterprise._id).set({
    data: { approved: roster.approved + 1, admins: roster.admins + (isAdmin ? 1 : 0), updatedAt: at }
  })
  await db.collection(COLLECTIONS.users).doc(user._id).update({
    data: { role: 'entrepreneur', enterpriseId: enterprise._id, parkId: enterprise.parkId, membershipId: id }
  })
  return { _id: id, ...doc }
}
