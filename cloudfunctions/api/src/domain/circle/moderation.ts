/**
 * The moderation queue of a park's managers (the admin's spans the city): posts held by
 * content security and posts hidden by reports. Approve publishes (and clears the
 * reports that hid it); reject keeps the post from everyone but its enterprise, which
 * reads the reason.
 */
import type { Page, PostDetail } from '../../../../../types'
import { postDetailUrl } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS } from '../docs'
import { DomainError, fail } from '../errors'
import { addNotifications } from '../notifications'
import { pageOf } from '../paging'
import { CIRCLE_COLLECTIONS, type PostDoc, type PostModerationDoc } from './docs'
import { readPost } from './read'
import { toDetail } from './views'
import { managesPost, viewerOf } from './viewer'

const QUEUED = ['reviewing', 'hidden']

export async function moderationQueue(ctx: ActionContext, input: { page: number; pageSize: number }): Promise<Page<PostDetail>> {
  const viewer = viewerOf(ctx)
  const _ = ctx.db.command
  const where: Record<string, unknown> = { status: _.in(QUEUED) }
  if (viewer.role !== 'admin') {
    if (!viewer.parkId) fail('PARK_SCOPE', '您的账号未归属园区')
    where.parkId = viewer.parkId
  }
  const today = beijingYmd(ctx.clock.now())
  // oldest first: whoever has waited longest is looked at first
  const query = ctx.db.collection(CIRCLE_COLLECTIONS.posts).where(where).orderBy('updatedAt', 'asc')
  return pageOf(query, input.page, input.pageSize, (doc) => toDetail(doc as unknown as PostDoc, viewer, today, { request: null, reported: false }))
}

export async function moderatePost(
  ctx: ActionContext,
  input: { id: string; decision: 'approve' | 'reject'; reason: string }
): Promise<PostDetail> {
  const viewer = viewerOf(ctx)
  const peek = await readPost(ctx.db, input.id)
  if (!peek) fail('NOT_FOUND', undefined, 'id')
  if (!managesPost(viewer, peek)) fail('FORBIDDEN', '只能审核本园区企业发布的信息', 'id')
  const now = ctx.clock.now()
  const at = now.toISOString()
  const approve = input.decision === 'approve'

  const decided = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(CIRCLE_COLLECTIONS.posts).doc(input.id)
    const post = (await ref.get()).data as PostDoc | null
    if (!post) throw new DomainError('NOT_FOUND', undefined, 'id')
    // a published post may still be taken down; closed, rejected and expired ones are settled
    const open = QUEUED.includes(post.status) || (post.status === 'published' && !approve)
    if (!open) throw new DomainError('POST_UNAVAILABLE', '该信息当前状态下不能审核', 'id')
    const moderation: PostModerationDoc = {
      result: approve ? 'approved' : 'rejected',
      reason: input.reason || null,
      at,
      byId: viewer.userId,
      byName: viewer.name || '管理员'
    }
    const change: Partial<PostDoc> = approve
      ? { status: 'published', moderation, openReports: 0, updatedAt: at, publishedAt: post.publishedAt ?? at }
      : { status: 'rejected', moderation, updatedAt: at }
    await ref.update({ data: change as Record<string, unknown> })
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId: viewer.userId, action: 'post.moderate', target: post._id, detail: { decision: input.decision, reason: input.reason, from: post.status }, at }
    })
    await addNotifications(
      tx,
      [
        {
          userId: post.authorId,
          kind: 'system',
          title: approve ? '您的商圈信息已通过审核' : '您的商圈信息未通过审核',
          body: approve ? `“${post.title}”已发布` : `“${post.title}”：${input.reason}`,
          link: postDetailUrl(post._id)
        }
      ],
      now
    )
    return { ...post, ...change } as PostDoc
  })
  return toDetail(decided, viewer, beijingYmd(now), { request: null, reported: false })
}
