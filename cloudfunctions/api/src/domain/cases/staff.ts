/** The people cases go to: a park's stewards and managers, the city admins, and their open load. */
import type { Role } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type UserDoc } from '../docs'

/** a park has a few dozen staff at most; the cap only keeps the query within limits */
const MAX_STAFF = 1000

export async function usersWithRole(db: Database, roles: Role[], parkId: string | null): Promise<UserDoc[]> {
  const _ = db.command
  const cond: Record<string, unknown> = { role: roles.length === 1 ? roles[0] : _.in(roles) }
  if (parkId !== null) cond.parkId = parkId
  // sorted here: the selection is a park's staff, and (role, parkId) serves it without a sort
  const { data } = await db.collection(COLLECTIONS.users).where(cond).limit(MAX_STAFF).get()
  return (data as UserDoc[]).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** a city-level case (parkId null: an individual consult) has no park managers, only the city admins */
export const parkManagers = async (db: Database, parkId: string | null): Promise<UserDoc[]> => (parkId === null ? [] : usersWithRole(db, ['manager'], parkId))
export const cityAdmins = (db: Database) => usersWithRole(db, ['admin'], null)

/** open cases a person holds */
export async function openLoad(db: Database, userId: string): Promise<number> {
  const { total } = await db.collection(COLLECTIONS.cases).where({ assigneeId: userId, open: true }).count()
  return total
}

export async function withLoads(db: Database, users: UserDoc[]): Promise<Array<{ user: UserDoc; load: number }>> {
  return Promise.all(users.map(async (user) => ({ user, load: await openLoad(db, user._id) })))
}

/** the least loaded of `users` (ties: the first by id), or null when there is nobody */
export async function leastLoaded(db: Database, users: UserDoc[]): Promise<UserDoc | null> {
  const loads = await withLoads(db, users)
  let best: { user: UserDoc; load: number } | null = null
  for (const entry of loads) if (!best || entry.load < best.load) best = entry
  return best?.user ?? null
}

/** who hears about a park's unassigned or escalated cases: its managers, else the city admins */
export async function parkSupervisors(db: Database, parkId: string | null): Promise<UserDoc[]> {
  const managers = await parkManagers(db, parkId)
  return managers.length > 0 ? managers : cityAdmins(db)
}
