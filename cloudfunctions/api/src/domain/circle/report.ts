/**
 * Reports. Only approved members of an enterprise report, and each enterprise counts
 * once per post (the report's id is post + enterprise): a colleague's second report is
 * refused with ALREADY_REPORTED. The REPORTS_TO_HIDE-th distinct enterprise since the
 * last review hides the post (it is not deleted) until a manager of its park looks at it.
 */
import { CIRCLE_ROUTES, postDetailUrl, REPORTS_TO_HIDE } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { DomainError } from '../errors'
import { addNotifications, type NewNotification } from '../notifications'
import { CIRCLE_COLLECTIONS, postReportId, type PostDoc, type PostModerationDoc, type PostReportDoc } from './docs'
import { parkManagerIds } from './managers'
import { readPost } from './read'
import { isLive } from './views'
import { ownsPost, reporterKey, viewerOf } from './viewer'

export async function reportPost(ctx: ActionContext, input: { id: string; reason: string }): Promise<{ reported: true; hidden: boolean }> {
  const viewer = viewerOf(ctx)
  const reporter = reporterKey(viewer)
  if (!reporter) throw new DomainError('NOT_BOUND', '认证为企业成员后才能举报')
  const now = ctx.clock.now()
  const today = beijingYmd(now)
  const peek = await readPost(ctx.db, input.id)
  // what the reporter cannot see does not exist for them
  if (!peek || !isLive(peek, today)) throw new DomainError('NOT_FOUND', '该信息不存在、已关闭或已过期', 'id')
  if (ownsPost(viewer, peek)) throw new DomainError('FORBIDDEN', '不能举报本企业发布的信息', 'id')
  const managers = await parkManagerIds(ctx.db, peek.parkId)

  const hidden = await ctx.db.runTransaction(async (tx) => {
    const postRef = tx.collection(CIRCLE_COLLECTIONS.posts).doc(input.id)
    const post = (await postRef.get()).data as PostDoc | null
    if (!post) throw new DomainError('NOT_FOUND', undefined, 'id')
    const reportRef = tx.collection(CIRCLE_COLLECTIONS.postReports).doc(postReportId(post._id, reporter))
    // a second report from the same enterprise (the same person or a colleague) counts nothing
    if ((await reportRef.get()).data) throw new DomainError('ALREADY_REPORTED', undefined, 'id')
    const report: Omit<PostReportDoc, '_id'> = { postId: post._id, reporterId: viewer.userId, enterpriseId: reporter, reason: input.reason, createdAt: now.toISOString() }
    await reportRef.set({ data: report })

    const openReports = (post.openReports ?? 0) + 1
    const hide = post.status === 'published' && openReports >= REPORTS_TO_HIDE
    const change: Partial<PostDoc> = { reportCount: (post.reportCount ?? 0) + 1, openReports }
    if (hide) {
      const moderation: PostModerationDoc = { result: 'reported', reason: null, at: now.toISOString(), byId: null, byName: '用户举报' }
      Object.assign(change, { status: 'hidden', moderation, updatedAt: now.toISOString() })
      const notices: NewNotification[] = [
        { userId: post.authorId, kind: 'system', title: '您的商圈信息被暂时隐藏', body: `“${post.title}”被多家企业举报，待管理员复核后恢复或下架`, link: postDetailUrl(post._id) },
        ...managers.map((userId) => ({ userId, kind: 'system' as const, title: '商圈信息被举报待复核', body: `${post.enterpriseName}：${post.title}`, link: CIRCLE_ROUTES.moderation }))
      ]
      await addNotifications(tx, notices, now)
    }
    await postRef.update({ data: change as Record<string, unknown> })
    return hide
  })
  return { reported: true, hidden }
}
