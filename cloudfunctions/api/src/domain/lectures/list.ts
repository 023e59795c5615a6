/**
 * The lecture list: upcoming (not yet over, soonest first) or past (latest first),
 * optionally only the caller's live sign-ups; and one lecture in full.
 */
import type { LectureDetail, LectureSummary, Page } from '../../../../../types'
import type { ActionContext } from '../context'
import { LECTURE_COLLECTIONS, type LectureDoc, type LectureSignupDoc } from './docs'
import { loadLecture, loadSignup } from './load'
import { toDetail, toSummary } from './views'

interface ListInput {
  when: 'upcoming' | 'past'
  mine: boolean
  page: number
  pageSize: number
}

/** the server limit; nobody holds more live sign-ups than this */
const MAX_MINE = 1000

async function mySignups(ctx: ActionContext, where: Record<string, unknown>, limit: number): Promise<LectureSignupDoc[]> {
  const userId = ctx.caller.user?._id
  if (!userId) return []
  const { data } = await ctx.db.collection(LECTURE_COLLECTIONS.lectureSignups).where({ userId, ...where }).limit(limit).get()
  return data as unknown as LectureSignupDoc[]
}

export async function listLectures(ctx: ActionContext, input: ListInput): Promise<Page<LectureSummary>> {
  const _ = ctx.db.command
  const now = ctx.clock.now()
  const empty = { items: [], total: 0, page: input.page, pageSize: input.pageSize, hasMore: false }

  const where: Record<string, unknown> = { endsAt: input.when === 'upcoming' ? _.gt(now.toISOString()) : _.lte(now.toISOString()) }
  if (input.mine) {
    const live = await mySignups(ctx, { state: _.in(['confirmed', 'waitlisted']) }, MAX_MINE)
    if (live.length === 0) return empty
    where._id = _.in(live.map((s) => s.lectureId))
  }
  const query = ctx.db
    .collection(LECTURE_COLLECTIONS.lectures)
    .where(where)
    .orderBy('startsAt', input.when === 'upcoming' ? 'asc' : 'desc')
    // ties in the same direction, so one index (startsAt, _id) serves both views
    .orderBy('_id', input.when === 'upcoming' ? 'asc' : 'desc')
  const { total } = await query.count()
  const { data } = await query.skip((input.page - 1) * input.pageSize).limit(input.pageSize).get()
  const docs = data as unknown as LectureDoc[]

  const mine = docs.length ? await mySignups(ctx, { lectureId: _.in(docs.map((d) => d._id)) }, docs.length) : []
  const byLecture = new Map(mine.map((s) => [s.lectureId, s]))
  return {
    items: docs.map((d) => toSummary(d, byLecture.get(d._id), now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: input.page * input.pageSize < total
  }
}

export async function getLecture(ctx: ActionContext, input: { id: string }): Promise<LectureDetail> {
  const doc = await loadLecture(ctx.db, input.id)
  return toDetail(doc, await loadSignup(ctx.db, doc._id, ctx.caller.user?._id), ctx.caller, ctx.clock.now())
}
