import type { Database } from '../../db/port'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { readAll } from '../paging'

/** published policies only (withdrawn ones have editStatus 'withdrawn') */
export const PUBLISHED = { editStatus: 'published' } as const

/**
 * Every published policy, newest first, paged through in batches of the server limit.
 * `field` projects (e.g. { title: true, criteria: true }) to keep large bodies out.
 */
export async function loadPublishedPolicies(db: Database, field?: Record<string, boolean>): Promise<PolicyDoc[]> {
  const out = (await readAll(db, COLLECTIONS.policies, PUBLISHED, field, ['publishedAt', 'desc'])) as PolicyDoc[]
  // the walk breaks ties by _id descending; the callers' order has them ascending
  const key = (p: PolicyDoc) => String(p.publishedAt ?? '')
  return out.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

export async function loadPolicy(db: Database, id: string): Promise<PolicyDoc | null> {
  const { data } = await db.collection(COLLECTIONS.policies).doc(id).get()
  return (data as PolicyDoc | null) ?? null
}
