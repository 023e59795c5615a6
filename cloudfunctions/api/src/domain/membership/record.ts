/**
 * What every membership change leaves behind, inside its own transaction: an audit entry
 * and the notification of the person concerned, so neither can be lost or written for a
 * change that did not happen.
 */
import type { Database, Transaction } from '../../db/port'
import { COLLECTIONS } from '../docs'
import { addNotifications } from '../notifications'
import type { MembershipDoc, MemberRosterDoc } from './docs'

/** the client's pages (src/constants/routes.ts MEMBERSHIP_ROUTES) */
export const MEMBERSHIP_LINKS = {
  apply: '/packages/account/bind/index',
  members: '/packages/account/members/index',
  queue: '/packages/account/requests/index',
  review: (id: string) => `/packages/account/request/index?id=${encodeURIComponent(id)}`
}

export async function audit(tx: Transaction, actorId: string, action: string, target: string, detail: Record<string, unknown>, now: Date): Promise<void> {
  await tx.collection(COLLECTIONS.audit).add({ data: { actorId, action, target, detail, at: now.toISOString() } })
}

export async function notify(tx: Transaction, userIds: string[], title: string, body: string, link: string, now: Date): Promise<void> {
  const unique = [...new Set(userIds)]
  await addNotifications(tx, unique.map((userId) => ({ userId, kind: 'system' as const, title, body, link })), now)
}

export async function readRoster(tx: Transaction, enterpriseId: string): Promise<MemberRosterDoc> {
  const { data } = await tx.collection(COLLECTIONS.memberRosters).doc(enterpriseId).get()
  const doc = data as MemberRosterDoc | null
  return doc ?? { _id: enterpriseId, approved: 0, admins: 0, updatedAt: '' }
}

export async function writeRoster(tx: Transaction, roster: MemberRosterDoc, now: Date): Promise<void> {
  const { _id, ...rest } = roster
  await tx.collection(COLLECTIONS.memberRosters).doc(_id).set({ data: { ...rest, updatedAt: now.toISOString() } })
}

export async function readMembership(db: Database | Transaction, id: string): Promise<MembershipDoc | null> {
  const { data } = await db.collection(COLLECTIONS.memberships).doc(id).get()
  return (data as MembershipDoc | null) ?? null
}

export async function writeMembership(tx: Transaction, doc: MembershipDoc): Promise<void> {
  const { _id, ...rest } = doc
  await tx.collection(COLLECTIONS.memberships).doc(_id).set({ data: rest as unknown as Record<string, unknown> })
}
