/**
 * Who a new case goes to. A consultation or service application: the enterprise's own
 * steward, else the least loaded steward of the park. A complaint: the least loaded
 * manager of the park, else a city admin. Nobody found: the case waits, unassigned,
 * for a manager to assign it.
 */
import type { CaseType } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { cityAdmins, leastLoaded, usersWithRole } from './staff'

export async function enterpriseSteward(db: Database, enterprise: EnterpriseDoc): Promise<UserDoc | null> {
  if (!enterprise.stewardId) return null
  const { data } = await db.collection(COLLECTIONS.users).doc(enterprise.stewardId).get()
  const user = data as UserDoc | null
  return user && user.role === 'steward' ? user : null
}

/**
 * An individual consult by a 待认证 user: the least loaded steward of the park of their
 * pending request; without a park (or a steward there), a city admin; nobody: unassigned,
 * for the supervisors to assign.
 */
export async function routeIndividual(db: Database, parkId: string | null): Promise<UserDoc | null> {
  if (parkId !== null) return leastLoaded(db, await usersWithRole(db, ['steward'], parkId))
  return leastLoaded(db, await cityAdmins(db))
}

export async function routeCase(db: Database, type: CaseType, enterprise: EnterpriseDoc): Promise<UserDoc | null> {
  if (type === 'complaint') {
    const manager = await leastLoaded(db, await usersWithRole(db, ['manager'], enterprise.parkId))
    return manager ?? leastLoaded(db, await cityAdmins(db))
  }
  const own = await enterpriseSteward(db, enterprise)
  if (own) return own
  return leastLoaded(db, await usersWithRole(db, ['steward'], enterprise.parkId))
}
