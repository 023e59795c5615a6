import type { Database } from '../../db/port'
import { COLLECTIONS, type PolicyDoc } from '../docs'

const BATCH = 1000

/** published policies only (withdrawn ones have editStatus 'withdrawn') */
export const PUBLISHED = { editStatus: 'published' } as const

/**
 * Every published policy, newest first, paged through in batches of the server limit.
 * `field` projects (e.g. { title: true, criteria: true }) to keep large bodies out.
 */
export async function loadPublishedPolicies(db: Database, field?: Record<string, boolean>): Promise<PolicyDoc[]> {
  const out: PolicyDoc[] = []
  for (let skip = 0; ; skip += BATCH) {
    let q = db.collection(COLLECTIONS.policies).where(PUBLISHED).orderBy('publishedAt', 'desc').orderBy('_id', 'asc')
    if (field) q = q.field(field)
    const { data } = await q.skip(skip).limit(BATCH).get()
    out.push(...(data as PolicyDoc[]))
    if (data.length < BATCH) return out
  }
}

export async function loadPolicy(db: Database, id: string): Promise<PolicyDoc | null> {
  const { data } = await db.collection(COLLECTIONS.policies).doc(id).get()
  return (data as PolicyDoc | null) ?? null
}
