/**
 * 企业认证 in the demo: every seeded enterprise user (personas and members) is an approved
 * member (method 'seed'; the first of each enterprise, in the order of ALL_PEOPLE, is its
 * 企业管理员), and one applicant waits in the 高新区 queue so the staff have a request to
 * review. Idempotent: an approved membership is left as it is; the pending request is
 * written only when the applicant has none.
 */
import type { Database } from '../../../cloudfunctions/api/src/db/port'
import { COLLECTIONS, type UserDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { membershipIdOf, seedApprovedMember, type MembershipDoc } from '../../../cloudfunctions/api/src/domain/membership'
import { queueKeyOf } from '../../../cloudfunctions/api/src/domain/membership/ids'
import { ENTERPRISES } from './enterprises'
import { ALL_PEOPLE, person, personaUser } from './people'

/** the demo request waiting for review: a 受托人 with a licence photo and a 授权委托书 */
export const PENDING_REQUESTS = [{ personId: 'applicant-tang', enterpriseId: 'ent-02', hoursAgo: 20 }] as const

const LOCAL_FILES = 'cloud://local-dev.files'

async function approveSeedPeople(db: Database, at: string): Promise<void> {
  for (const ent of ENTERPRISES) {
    for (const p of ALL_PEOPLE.filter((x) => x.role === 'entrepreneur' && x.enterpriseId === ent._id)) {
      const userId = person(p.id).userId
      const user = (await db.collection(COLLECTIONS.users).doc(userId).get()).data as UserDoc | null
      // members appear with the community content; a user who has since left stays out
      if (!user || user.role !== 'entrepreneur' || user.enterpriseId !== ent._id) continue
      await seedApprovedMember(db, { userId, enterpriseId: ent._id, at })
    }
  }
}

async function seedPendingRequests(db: Database, now: Date): Promise<void> {
  for (const r of PENDING_REQUESTS) {
    const p = person(r.personId)
    const ent = ENTERPRISES.find((e) => e._id === r.enterpriseId)!
    const users = db.collection(COLLECTIONS.users)
    const existing = (await users.doc(p.userId).get()).data as UserDoc | null
    if (existing?.membershipId) continue
    const at = new Date(now.getTime() - r.hoursAgo * 3_600_000).toISOString()
    const id = membershipIdOf(ent._id, p.userId)
    const folder = `${LOCAL_FILES}/u/${p.userId}/demo`
    const doc: Omit<MembershipDoc, '_id'> = {
      enterpriseId: ent._id,
      enterpriseName: ent.name,
      parkId: ent.parkId,
      userId: p.userId,
      name: p.name,
      phone: p.phone,
      status: 'pending',
      method: null,
      capacity: 'authorised',
      isAdmin: false,
      licence: { fileID: `${folder}/licence.jpg`, name: '营业执照（副本）.jpg', size: 482_133, kind: 'image' },
      authorisation: { fileID: `${folder}/authorisation.pdf`, name: '授权委托书.pdf', size: 156_420, kind: 'file' },
      reason: null,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      createdAt: at,
      updatedAt: at,
      queueKey: queueKeyOf('pending', ent.parkId)
    }
    await db.collection(COLLECTIONS.memberships).doc(id).set({ data: doc as unknown as Record<string, unknown> })
    const { _id, ...user } = { ...(existing ?? personaUser(p.seed, at)), membershipId: id }
    await users.doc(_id).set({ data: user as unknown as Record<string, unknown> })
  }
}

/**
 * A data folder seeded before memberships existed may hold accounts that bound an enterprise
 * by name and credit code alone. That proved nothing: each becomes a pending request for the
 * park to review, and the account a guest (待认证) until it is approved.
 */
async function demoteUnprovenBindings(db: Database, at: string): Promise<void> {
  const { data } = await db.collection(COLLECTIONS.users).where({ role: 'entrepreneur' }).limit(1000).get()
  for (const user of data as UserDoc[]) {
    if (!user.enterpriseId) continue
    const id = membershipIdOf(user.enterpriseId, user._id)
    const current = (await db.collection(COLLECTIONS.memberships).doc(id).get()).data as MembershipDoc | null
    if (current?.status === 'approved') continue
    const ent = ENTERPRISES.find((e) => e._id === user.enterpriseId)
    const entDoc = (await db.collection(COLLECTIONS.enterprises).doc(user.enterpriseId).get()).data as { name: string; parkId: string } | null
    const parkId = entDoc?.parkId ?? ent?.parkId
    if (!parkId) continue
    const doc: Omit<MembershipDoc, '_id'> = {
      enterpriseId: user.enterpriseId,
      enterpriseName: entDoc?.name ?? ent?.name ?? '',
      parkId,
      userId: user._id,
      name: user.name || '未填写姓名',
      phone: user.phone,
      status: 'pending',
      method: null,
      capacity: 'authorised',
      isAdmin: false,
      licence: null,
      authorisation: null,
      reason: null,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      createdAt: at,
      updatedAt: at,
      queueKey: queueKeyOf('pending', parkId)
    }
    await db.collection(COLLECTIONS.memberships).doc(id).set({ data: doc as unknown as Record<string, unknown> })
    await db.collection(COLLECTIONS.users).doc(user._id).update({ data: { role: 'guest', enterpriseId: null, parkId: null, membershipId: id, updatedAt: at } })
  }
}

/** fresh folders: after the people exist (run again once the members exist) */
export async function seedMemberships(db: Database, now: Date): Promise<void> {
  const at = now.toISOString()
  await approveSeedPeople(db, at)
  await seedPendingRequests(db, now)
}

/** seed version 4 on an older folder: the demo people approved, bindings made requests */
export async function upgradeMemberships(db: Database, now: Date): Promise<void> {
  await seedMemberships(db, now)
  await demoteUnprovenBindings(db, now.toISOString())
}
