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

export function listKeys(doc: Pick<CaseDoc, 'open' | 'assigneeId' | 'parkId' | 'status'>): ListKeys {
  return {
    inboxKey: doc.open ? doc.assigneeId : null,
    parkOpenKey: doc.open ? doc.parkId : null,
    statusParkKey: statusParkKey(doc.status, doc.parkId)
  }
}

export const statusParkKey = (status: CaseStatus, parkId: string): string => `${status}:${parkId}`

/** every statusParkKey of a status, whatever the park: a range on the key */
export function statusKeyRange(status: CaseStatus): { from: string; to: string } {
  // ';' follows ':' in code order
  return { from: `${status}:`, to: `${status};` }
}
