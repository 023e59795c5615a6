/**
 * Demo data for a fresh data folder. Idempotent: every document has a fixed id and is
 * written with set(), and a marker records that seeding finished, so a second start
 * (or a start after a crash half-way) ends in the same state.
 */
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { COLLECTIONS, type UserDoc } from '../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import {
  buildAppointments,
  buildPolicies,
  buildServices,
  ENTERPRISES,
  NEWS,
  NOTICES,
  PARKS,
  PERSONAS,
  STEWARD_ASSIGNMENTS,
  type PersonaSeed
} from './data'
import { seedDemoCases } from './data/cases'

const MARKER = { collection: 'meta', id: 'seed' }
/** 2: policies, services, appointment slots and enterprise profile facts */
export const SEED_VERSION = 2

async function put<T extends { _id: string }>(db: Database, collection: string, doc: T): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(collection).doc(_id).set({ data })
}

export function personaUser(p: PersonaSeed, now: string): UserDoc {
  return {
    _id: userIdFor(p.openid),
    openid: p.openid,
    role: p.role,
    name: p.name,
    phone: p.phone,
    parkId: p.parkId,
    enterpriseId: p.enterpriseId,
    createdAt: now,
    updatedAt: now
  }
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

/** Seeds when the marker is absent (or older); answers whether it did. */
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
  const version = await seededVersion(db)
  if (version !== null && version >= SEED_VERSION) return false
  const at = now.toISOString()
  if (version !== null) {
    await upgradeFromV1(db, now)
    await db.collection(MARKER.collection).doc(MARKER.id).set({ data: { version: SEED_VERSION, at } })
    return true
  }
  const stewardUserId = new Map(PERSONAS.map((p) => [p.id, userIdFor(p.openid)]))
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
  // played through the case engine after the people exist; cases already there are skipped
  await seedDemoCases(db, now)
  await db.collection(MARKER.collection).doc(MARKER.id).set({ data: { version: SEED_VERSION, at } })
  return true
}
