/**
 * List keys. The embedded database matches a field against its value or, when the
 * field holds an array, any element — an OR that lets SQLite use only the first field
 * of an index. So each hot list gets one scalar field whose single value picks exactly
 * its rows: the inbox (open cases of an assignee), a park's open cases, a status in a
 * park. The cloud database would not need them; they cost three short strings a case.
 */
import type { CaseStatus } from '../../../../../types'
import type { CaseDoc } from '../docs'

export type ListKeys = Pick<CaseDoc, 'inboxKey' | 'parkOpenKey' | 'statusParkKey'>

/**
 * The key of a city-level case (parkId null: an individual consult without a park). It is
 * no park's id, so no park manager's list selects it, and it sorts after '' so the
 * admin's city-wide ranges do.
 */
export const CITY_KEY = '~city'

export function listKeys(doc: Pick<CaseDoc, 'open' | 'assigneeId' | 'parkId' | 'status'>): ListKeys {
  return {
    inboxKey: doc.open ? doc.assigneeId : null,
    parkOpenKey: doc.open ? doc.parkId ?? CITY_KEY : null,
    statusParkKey: statusParkKey(doc.status, doc.parkId)
  }
}

export const statusParkKey = (status: CaseStatus, parkId: string | null): string => `${status}:${parkId ?? CITY_KEY}`

/** every statusParkKey of a status, whatever the park: a range on the key */
export function statusKeyRange(status: CaseStatus): { from: string; to: string } {
  // ';' follows ':' in code order
  return { from: `${status}:`, to: `${status};` }
}
