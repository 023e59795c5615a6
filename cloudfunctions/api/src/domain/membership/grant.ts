/**
 * The two writes that change who acts for an enterprise. Each runs inside the caller's
 * transaction and moves the membership, the enterprise's roster and the user's cached
 * role together, so `users.role/enterpriseId` never says more than the membership does.
 */
import type { ApplicantCapacity, MembershipMethod } from '../../../../../types'
import type { Transaction } from '../../db/port'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError } from '../errors'
import { userIdFor } from '../ids'
import type { MembershipDoc } from './docs'
import { membershipIdOf, queueKeyOf } from './ids'
import { readMembership, readRoster, writeMembership, writeRoster } from './record'

export interface Actor {
  id: string
  name: string
}

export function blankUser(id: string, openid: string, now: string): UserDoc {
  return { _id: id, openid, role: 'guest', name: '', phone: '', parkId: null, enterpriseId: null, createdAt: now, updatedAt: now }
}

async function writeUser(tx: Transaction, user: UserDoc): Promise<void> {
  const { _id, ...rest } = user
  await tx.collection(COLLECTIONS.users).doc(_id).set({ data: rest as unknown as Record<string, unknown> })
}

/**
 * The user who is to become a member, read in the transaction: staff accounts are refused,
 * and so is a user who is already an approved member anywhere (the membership, not the
 * cached role, decides). `fallback` is the caller's own blank account when it has none yet.
 */
export async function loadApplicant(tx: Transaction, userId: string, fallback: UserDoc | null): Promise<UserDoc> {
  const { data } = await tx.collection(COLLECTIONS.users).doc(userId).get()
  const user = (data as UserDoc | null) ?? fallback
  if (!user) throw new DomainError('NOT_FOUND', '申请人账号不存在')
  if (user.role === 'steward' || user.role === 'manager' || user.role === 'admin') throw new DomainError('ROLE_CONFLICT')
  if (user.role === 'entrepreneur' && user.enterpriseId) {
    const current = await readMembership(tx, membershipIdOf(user.enterpriseId, user._id))
    if (current?.status === 'approved') {
      throw new DomainError('ALREADY_BOUND', '您已是一家企业的认证成员，如需更换请先退出该企业')
    }
  }
  return user
}

/** the caller as an applicant (their own blank account when they have none yet) and their latest request */
export async function loadCallerAsApplicant(tx: Transaction, openid: string, at: string): Promise<{ user: UserDoc; current: MembershipDoc | null }> {
  const userId = userIdFor(openid)
  const user = await loadApplicant(tx, userId, blankUser(userId, openid, at))
  const current = user.membershipId ? await readMembership(tx, user.membershipId) : null
  return { user, current }
}

export interface GrantInput {
  enterprise: EnterpriseDoc
  user: UserDoc
  method: MembershipMethod
  capacity: ApplicantCapacity
  actor: Actor
  /** the pending request being approved, if there is one (keeps its licence and dates) */
  request: MembershipDoc | null
  /** a 法定代表人 proven by the licence platform administers the enterprise from the start */
  admin?: boolean
  now: Date
}

/** approves: the first approved member of an enterprise becomes its 企业管理员 */
export async function grantMembership(tx: Transaction, input: GrantInput): Promise<MembershipDoc> {
  const { enterprise, user, now } = input
  const at = now.toISOString()
  const roster = await readRoster(tx, enterprise._id)
  const isAdmin = input.admin === true || roster.approved === 0
  const id = membershipIdOf(enterprise._id, user._id)
  const base = input.request
  const doc: MembershipDoc = {
    _id: id,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    parkId: enterprise.parkId,
    userId: user._id,
    // the account's current name; the request's as a fallback (a new account may have none yet)
    name: user.name || base?.name || '未填写姓名',
    phone: user.phone || base?.phone || '',
    status: 'approved',
    method: input.method,
    capacity: base?.capacity ?? input.capacity,
    isAdmin,
    licence: base?.licence ?? null,
    authorisation: base?.authorisation ?? null,
    reason: null,
    decidedById: input.actor.id,
    decidedByName: input.actor.name,
    decidedAt: at,
    createdAt: base?.createdAt ?? at,
    updatedAt: at,
    queueKey: queueKeyOf('approved', enterprise.parkId)
  }
  await writeMembership(tx, doc)
  await writeRoster(tx, { ...roster, approved: roster.approved + 1, admins: roster.admins + (isAdmin ? 1 : 0) }, now)
  await writeUser(tx, { ...user, role: 'entrepreneur', enterpriseId: enterprise._id, parkId: enterprise.parkId, membershipId: id, updatedAt: at })
  return doc
}

/**
 * Ends an approved membership (removed by the admin or staff, or left by the member). The
 * last admin cannot go while other members remain. Access ends with this commit: the next
 * call finds no approved membership (see caller.ts).
 */
export async function endMembership(
  tx: Transaction,
  doc: MembershipDoc,
  status: 'removed' | 'left',
  actor: Actor,
  reason: string | null,
  now: Date
): Promise<MembershipDoc> {
  const at = now.toISOString()
  const roster = await readRoster(tx, doc.enterpriseId)
  if (doc.isAdmin && roster.admins <= 1 && roster.approved > 1) throw new DomainError('LAST_ADMIN')
  const next: MembershipDoc = {
    ...doc,
    status,
    isAdmin: false,
    reason,
    decidedById: actor.id,
    decidedByName: actor.name,
    decidedAt: at,
    updatedAt: at,
    queueKey: queueKeyOf(status, doc.parkId)
  }
  await writeMembership(tx, next)
  await writeRoster(tx, { ...roster, approved: Math.max(0, roster.approved - 1), admins: Math.max(0, roster.admins - (doc.isAdmin ? 1 : 0)) }, now)
  const { data } = await tx.collection(COLLECTIONS.users).doc(doc.userId).get()
  const user = data as UserDoc | null
  if (user && user.enterpriseId === doc.enterpriseId) {
    await writeUser(tx, { ...user, role: 'guest', enterpriseId: null, parkId: null, membershipId: doc._id, updatedAt: at })
  }
  return next
}
