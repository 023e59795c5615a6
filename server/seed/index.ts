/**
 * Demo data for a fresh data folder. Idempotent: every document has a fixed id and is
 * written with set(), and a marker records that seeding finished, so a second start
 * (or a start after a crash half-way) ends in the same state.
 */
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { COLLECTIONS } from '../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import {
  buildAppointments,
  buildPolicies,
  buildServices,
  ENTERPRISES,
  MORE_NEWS,
  MORE_NOTICES,
  MORE_STEWARDS,
  NEWS,
  NOTICES,
  PARKS,
  PERSONAS,
  seedCommunity,
  STEWARD_ASSIGNMENTS
} from './data'
import { seedDemoCases } from './data/cases'
import { personaUser } from './data/people'
import { seedMemberships, upgradeMemberships } from './data/memberships'

export { personaUser }

const MARKER = { collection: 'meta', id: 'seed' }
/**
 * 2: policies, services, appointment slots and enterprise profile facts
 * 3: steward cards and stewards for every park, 企业商圈 posts, 潭商讲堂 lectures, more news
 *    and targeted notices
 * 4: 企业认证: the demo enterprise users become approved members, one applicant waits for
 *    review, and bindings made by name and credit code alone become pending requests
 */
export const SEED_VERSION = 4

async function put<T extends { _id: string }>(db: Database, collection: string, doc: T): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(collection).doc(_id).set({ data })
}

async function seededVersion(db: Database): Promise<number | null> {
  const { data } = await db.collection(MARKER.collection).doc(MARKER.id).get()
  return data ? Number((data as { version?: unknown }).version) || 1 : null
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await seededVersion(db)) !== null
}

/** 涉企政策 and 惠企服务 content, dated relative to `now`; fixed ids, so a rerun rewrites the same docs */
async function seedPolicyContent(db: Database, now: Date): Promise<void> {
  const policies = buildPolicies(now)
  for (const p of policies) await put(db, COLLECTIONS.policies, p)
  for (const s of buildServices(now, policies)) await put(db, COLLECTIONS.services, s)
  const { slots, bookings } = buildAppointments(now)
  for (const s of slots) await put(db, COLLECTIONS.slots, s)
  for (const b of bookings) await put(db, COLLECTIONS.bookings, b)
}

/**
 * A data folder seeded before version 2 gets the new content and the profile facts, and
 * keeps everything else (stewards, bindings, cases) as it is.
 */
async function upgradeFromV1(db: Database, now: Date): Promise<void> {
  for (const { _id, industry, employees, revenueBand, tags } of ENTERPRISES) {
    const profile: Record<string, unknown> = { industry }
    if (employees !== undefined) Object.assign(profile, { employees, revenueBand, tags })
    await db.collection(COLLECTIONS.enterprises).doc(_id).update({ data: profile })
  }
  await seedPolicyContent(db, now)
}

/**
 * A data folder seeded before version 3 gets the community content, the new news and
 * notices, and stewards for the enterprises that have none; what users changed since
 * (cards, assignments, posts, sign-ups) is kept.
 */
async function upgradeToV3(db: Database, now: Date): Promise<void> {
  for (const n of MORE_NEWS) await put(db, COLLECTIONS.news, n)
  for (const n of MORE_NOTICES) await put(db, COLLECTIONS.notices, n)
  await seedCommunity(db, now)
}

/** Seeds when the marker is absent (or older); answers whether it did. */
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
  const version = await seededVersion(db)
  if (version !== null && version >= SEED_VERSION) return false
  const at = now.toISOString()
  if (version !== null) {
    if (version < 2) await upgradeFromV1(db, now)
    if (version < 3) await upgradeToV3(db, now)
    await upgradeMemberships(db, now)
    await db.collection(MARKER.collection).doc(MARKER.id).set({ data: { version: SEED_VERSION, at } })
    return true
  }
  const stewardUserId = new Map([...PERSONAS, ...MORE_STEWARDS].map((p) => [p.id, userIdFor(p.openid)]))
  for (const park of PARKS) await put(db, COLLECTIONS.parks, park)
  for (const ent of ENTERPRISES) {
    const steward = STEWARD_ASSIGNMENTS[ent._id]
    const stewardId = steward ? stewardUserId.get(steward) ?? null : null
    await put(db, COLLECTIONS.enterprises, { ...ent, stewardId })
  }
  for (const p of PERSONAS) {
    // A persona whose role is still 'guest' has no account yet: it appears on first use.
    if (p.role !== 'guest') await put(db, COLLECTIONS.users, personaUser(p, at))
  }
  for (const n of NEWS) await put(db, COLLECTIONS.news, n)
  for (const n of NOTICES) await put(db, COLLECTIONS.notices, n)
  await seedPolicyContent(db, now)
  // the personas' memberships first: the case engine checks them
  await seedMemberships(db, now)
  // played through the case engine after the people exist; cases already there are skipped
  await seedDemoCases(db, now)
  await seedCommunity(db, now)
  // the members appear with the community content
  await seedMemberships(db, now)
  await db.collection(MARKER.collection).doc(MARKER.id).set({ data: { version: SEED_VERSION, at } })
  return true
}
