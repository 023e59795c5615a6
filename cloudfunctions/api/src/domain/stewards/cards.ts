/** A steward's card as a caller sees it: park name, enterprises in care, phone as entitled. */
import { DEFAULT_STEWARD_TITLE, type StewardCard } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type ParkDoc } from '../docs'
import { fail } from '../errors'
import type { StewardUserDoc } from './docs'
import { phoneFor, type Viewer } from './phone'

export async function parkNames(db: Database): Promise<Map<string, string>> {
  const { data } = await db.collection(COLLECTIONS.parks).limit(1000).get()
  return new Map((data as unknown as ParkDoc[]).map((p) => [p._id, p.name]))
}

export async function careCount(db: Database, stewardId: string): Promise<number> {
  const { total } = await db.collection(COLLECTIONS.enterprises).where({ stewardId }).count()
  return total
}

export async function loadSteward(db: Database, id: string): Promise<StewardUserDoc> {
  const { data } = await db.collection(COLLECTIONS.users).doc(id).get()
  const doc = data as StewardUserDoc | null
  if (!doc || doc.role !== 'steward') fail('NOT_FOUND', '未找到该企业管家')
  return doc
}

export function toCard(doc: StewardUserDoc, viewer: Viewer, parks: Map<string, string>, enterpriseCount: number): StewardCard {
  return {
    _id: doc._id,
    name: doc.name,
    title: doc.title || DEFAULT_STEWARD_TITLE,
    department: doc.department ?? '',
    parkId: doc.parkId,
    parkName: doc.parkId ? parks.get(doc.parkId) ?? '' : '',
    photo: doc.photo ?? null,
    duties: doc.duties ?? [],
    expertise: doc.expertise ?? [],
    enterpriseCount,
    ...phoneFor(viewer, doc)
  }
}

/** cards for several stewards: one park lookup, the care counts in parallel */
export async function toCards(db: Database, docs: StewardUserDoc[], viewer: Viewer): Promise<StewardCard[]> {
  const [parks, counts] = await Promise.all([parkNames(db), Promise.all(docs.map((d) => careCount(db, d._id)))])
  return docs.map((d, i) => toCard(d, viewer, parks, counts[i]))
}
