/**
 * Demo data for a fresh data folder. Idempotent: every document has a fixed id and is
 * written with set(), and a marker records that seeding finished, so a second start
 * (or a start after a crash half-way) ends in the same state.
 */
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { COLLECTIONS, type UserDoc } from '../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import { ENTERPRISES, NEWS, NOTICES, PARKS, PERSONAS, STEWARD_ASSIGNMENTS, type PersonaSeed } from './data'
import { seedDemoCases } from './data/cases'

const MARKER = { collection: 'meta', id: 'seed' }
export const SEED_VERSION = 1

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

export async function isSeeded(db: Database): Promise<boolean> {
  const { data } = await db.collection(MARKER.collection).doc(MARKER.id).get()
  return !!data
}

/** Seeds when the marker is absent; answers whether it did. */
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
  if (await isSeeded(db)) return false
  const at = now.toISOString()
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
  // played through the case engine after the people exist; cases already there are skipped
  await seedDemoCases(db, now)
  await db.collection(MARKER.collection).doc(MARKER.id).set({ data: { version: SEED_VERSION, at } })
  return true
}
