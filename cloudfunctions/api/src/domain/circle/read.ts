/**
 * Reading posts. The public list holds published posts whose last day has not passed;
 * anything else is seen only by its enterprise and the managers of its park (and the
 * city admin) — to everyone else it does not exist.
 */
import type { Page, PostDetail, PostKind, PostStatus, PostSummary } from '../../../../../types'
import type { Condition, Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { fail } from '../errors'
import { listPage, shallowSkip, type Paging } from '../paging'
import { CIRCLE_COLLECTIONS, contactRequestId, postReportId, type ContactRequestDoc, type PostDoc } from './docs'
import { isLive, toDetail, toSummary } from './views'
import { managesPost, ownsPost, reporterKey, viewerOf, type Viewer } from './viewer'

export async function readPost(db: Database, id: string): Promise<PostDoc | null> {
  const { data } = await db.collection(CIRCLE_COLLECTIONS.posts).doc(id).get()
  return (data as PostDoc | null) ?? null
}

export const canSee = (viewer: Viewer, post: PostDoc, today: string): boolean =>
  isLive(post, today) || ownsPost(viewer, post) || managesPost(viewer, post)

/** the detail as `viewer` may see it, with their own request and their enterprise's report looked up */
export async function detailFor(db: Database, viewer: Viewer, post: PostDoc, today: string): Promise<PostDetail> {
  const reporter = reporterKey(viewer)
  const [request, report] = await Promise.all([
    db.collection(CIRCLE_COLLECTIONS.postContacts).doc(contactRequestId(post._id, viewer.userId)).get(),
    reporter ? db.collection(CIRCLE_COLLECTIONS.postReports).doc(postReportId(post._id, reporter)).get() : Promise.resolve({ data: null })
  ])
  return toDetail(post, viewer, today, { request: (request.data as ContactRequestDoc | null) ?? null, reported: !!report.data })
}

export async function getPost(ctx: ActionContext, input: { id: string }): Promise<PostDetail> {
  const viewer = viewerOf(ctx)
  const today = beijingYmd(ctx.clock.now())
  const post = await readPost(ctx.db, input.id)
  if (!post || !canSee(viewer, post, today)) fail('NOT_FOUND', '该信息不存在、已关闭或已过期', 'id')
  return detailFor(ctx.db, viewer, post, today)
}

interface ListInput {
  kind?: PostKind
  industry?: string
  parkId?: string
  q: string
  page: number
  pageSize: number
  cursor?: string
}

export async function listPosts(ctx: ActionContext, input: ListInput): Promise<Page<PostSummary>> {
  const viewer = viewerOf(ctx)
  const today = beijingYmd(ctx.clock.now())
  const _ = ctx.db.command
  const where: Record<string, unknown> = { status: 'published', validUntil: _.gte(today) }
  if (input.kind) where.kind = input.kind
  if (input.industry) where.industry = input.industry
  if (input.parkId) where.parkId = input.parkId
  const map = (doc: Record<string, unknown>) => toSummary(doc as unknown as PostDoc, viewer, today)
  const { page, pageSize } = input
  if (!input.q) {
    return listPage(ctx.db, ctx.db.collection(CIRCLE_COLLECTIONS.posts), { where, orderBy: ['createdAt', 'desc'] }, input, map)
  }
  // newest first among the matches, like the unfiltered list
  const { data, total } = await ctx.db.search(CIRCLE_COLLECTIONS.posts, {
    text: input.q,
    where,
    orderBy: { field: 'createdAt', direction: 'desc' },
    skip: shallowSkip(page, pageSize),
    limit: pageSize
  })
  return { items: data.map(map), total, page, pageSize, hasMore: page * pageSize < total }
}

/** 我的发布: every post of the caller's enterprise, in any status, newest first */
export async function myPosts(ctx: ActionContext, input: { status?: PostStatus } & Paging): Promise<Page<PostSummary>> {
  const viewer = viewerOf(ctx)
  if (viewer.role !== 'entrepreneur' || !viewer.enterpriseId) fail('NOT_BOUND', '请先绑定企业')
  const today = beijingYmd(ctx.clock.now())
  const _ = ctx.db.command
  const mine = { enterpriseId: viewer.enterpriseId }
  let where: Condition = mine
  // 'expired' covers both flipped posts and published ones past their day; 'published' excludes the latter
  if (input.status === 'expired') {
    where = _.and([mine, _.or([{ status: 'expired' }, { status: 'published', validUntil: _.lt(today) }])])
  } else if (input.status === 'published') {
    where = { ...mine, status: 'published', validUntil: _.gte(today) }
  } else if (input.status) {
    where = { ...mine, status: input.status }
  }
  const map = (doc: Record<string, unknown>) => toSummary(doc as unknown as PostDoc, viewer, today)
  return listPage(ctx.db, ctx.db.collection(CIRCLE_COLLECTIONS.posts), { where, orderBy: ['createdAt', 'desc'] }, input, map)
}
