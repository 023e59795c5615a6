/**
 * The public board of rectified 差评: what went wrong and what was done, in the words
 * the manager and the handler wrote for publication — no enterprise, no person, no
 * other text from the case.
 */
import type { Page, RectifiedStory } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type CaseDoc } from '../docs'
import { pageOf } from '../paging'

type Board = Pick<CaseDoc, '_id' | 'type' | 'category' | 'rectified' | 'firstBadRating' | 'rating'>

export function toRectifiedStory(doc: Board): RectifiedStory {
  const rectified = doc.rectified as NonNullable<CaseDoc['rectified']>
  // a rating given after the 回访 is the new rating; the one before it was the 差评
  const rerated = doc.rating && doc.rating.at >= rectified.at ? doc.rating.level : null
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
    .field({ type: true, category: true, rectified: true, firstBadRating: true, rating: true })
  return pageOf(query, page, pageSize, (d) => toRectifiedStory(d as unknown as Board))
}
