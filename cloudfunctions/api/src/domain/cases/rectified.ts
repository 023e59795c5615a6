/**
 * The public board of rectified 差评: what went wrong and what was done, in the words
 * the manager and the handler wrote for publication — no enterprise, no person, no
 * other text from the case.
 */
import type { Page, RectifiedStory } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type CaseDoc } from '../docs'
import { pageOf } from '../paging'

type Board = Pick<CaseDoc, '_id' | 'type' | 'category' | 'status' | 'rectified' | 'firstBadRating' | 'rating'>

export function toRectifiedStory(doc: Board): RectifiedStory {
  const rectified = doc.rectified as NonNullable<CaseDoc['rectified']>
  // after the 回访 the case waits for its new rating ('resolved'); any later status has one
  const rerated = doc.status !== 'resolved' && doc.rating ? doc.rating.level : null
  return {
    _id: doc._id,
    type: doc.type,
    category: doc.category,
    problem: rectified.problem,
    action: rectified.action,
    firstRating: doc.firstBadRating ?? doc.rating?.level ?? '不满意',
    newRating: rerated,
    rectifiedAt: rectified.at
  }
}

export function listRectified(db: Database, page: number, pageSize: number): Promise<Page<RectifiedStory>> {
  const query = db
    .collection(COLLECTIONS.cases)
    .where({ 'rectified.at': db.command.gt('') })
    .orderBy('rectified.at', 'desc')
    .field({ type: true, category: true, status: true, rectified: true, firstBadRating: true, rating: true })
  return pageOf(query, page, pageSize, (d) => toRectifiedStory(d as unknown as Board))
}
