/**
 * Reading the catalogue: everyone sees active services; a paused (inactive) service is
 * visible to managers only, so they can edit and resume it.
 */
import type { Page, ServiceCategory, ServiceDetail, ServiceSummary } from '../../../../../types'
import type { Database } from '../../db/port'
import type { Caller } from '../context'
import { COLLECTIONS } from '../docs'
import { fail } from '../errors'
import { pageOf } from '../paging'
import type { ServiceDoc } from './docs'
import { SUMMARY_FIELDS, toServiceDetail, toServiceSummary } from './views'

export const isServiceManager = (caller: Caller): boolean => caller.role === 'manager' || caller.role === 'admin'

export async function loadService(db: Database, id: string): Promise<ServiceDoc | null> {
  const { data } = await db.collection(COLLECTIONS.services).doc(id).get()
  return (data as ServiceDoc | null) ?? null
}

export function listServices(
  db: Database,
  caller: Caller,
  input: { category?: ServiceCategory; page: number; pageSize: number }
): Promise<Page<ServiceSummary>> {
  // managers also see paused services, so they can find and resume them
  const where: Record<string, unknown> = isServiceManager(caller) ? {} : { active: true }
  if (input.category) where.category = input.category
  const query = db
    .collection(COLLECTIONS.services)
    .where(where)
    .orderBy('categoryRank', 'asc')
    .orderBy('name', 'asc')
    .field(SUMMARY_FIELDS)
  return pageOf(query, input.page, input.pageSize, (d) => toServiceSummary(d as unknown as ServiceDoc))
}

export async function getService(db: Database, caller: Caller, id: string): Promise<ServiceDetail> {
  const doc = await loadService(db, id)
  // a paused service is reported as missing to those who may not see it
  if (!doc || (!doc.active && !isServiceManager(caller))) fail('NOT_FOUND', '该服务不存在或已下线')
  return toServiceDetail(doc)
}
