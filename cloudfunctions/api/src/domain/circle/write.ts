/**
 * Posting, editing and closing. Every create and edit is re-checked by content security
 * before anything is written: reject stores nothing; review holds the post for the park's
 * managers; pass publishes — except that a post a manager rejected, or one hidden by
 * reports, goes back to a manager whatever the checker says.
 */
import { randomBytes } from 'node:crypto'
import type { ParsedRequest, PostDetail } from '../../../../../types'
import { CIRCLE_ROUTES } from '../../../../../types'
import { addDays, beijingYmd } from '../calendar/beijingDate'
import { checkAttachments, uploaderOf } from '../cases/attachments'
import type { ActionContext, ContentVerdict } from '../context'
import { fail } from '../errors'
import { idForRequest } from '../requestIds'
import { addNotifications, type NewNotification } from '../notifications'
import { checkPostContent } from './check'
import { CIRCLE_COLLECTIONS, type PostDoc, type PostModerationDoc, type StoredPostStatus } from './docs'
import { parkManagerIds } from './managers'
import { memberOf } from './poster'
import { readPost } from './read'
import { toDetail } from './views'
import { ownsPost, viewerOf } from './viewer'

export const newPostId = (): string => 'post' + randomBytes(10).toString('hex')

type Fields = ParsedRequest<'post.create'>

function checkerModeration(verdict: ContentVerdict, at: string): PostModerationDoc {
  return { result: verdict.result, reason: verdict.label, at, byId: null, byName: '内容安全检测' }
}

function reviewNotices(managerIds: string[], post: Pick<PostDoc, 'enterpriseName' | 'title'>): NewNotification[] {
  return managerIds.map((userId) => ({
    userId,
    kind: 'system' as const,
    title: '商圈信息待审核',
    body: `${post.enterpriseName}：${post.title}`,
    link: CIRCLE_ROUTES.moderation
  }))
}

function fieldsOf(input: Fields, today: string) {
  return {
    kind: input.kind,
    industry: input.industry,
    title: input.title,
    text: input.text,
    images: input.images,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    validUntil: addDays(today, input.validDays)
  }
}

export async function createPost(ctx: ActionContext, input: Fields): Promise<PostDetail> {
  const member = await memberOf(ctx)
  checkAttachments(input.images, uploaderOf(ctx), 'images')
  const verdict = await checkPostContent(ctx, input)
  const now = ctx.clock.now()
  const at = now.toISOString()
  const today = beijingYmd(now)
  const status: StoredPostStatus = verdict.result === 'pass' ? 'published' : 'reviewing'
  const doc: PostDoc = {
    _id: idForRequest(ctx.requestKey, 'post', 20, newPostId),
    ...fieldsOf(input, today),
    enterpriseId: member.enterpriseId,
    enterpriseName: member.enterpriseName,
    parkId: member.parkId,
    parkName: member.parkName,
    authorId: member.userId,
    authorName: member.name,
    status,
    createdAt: at,
    updatedAt: at,
    publishedAt: status === 'published' ? at : null,
    moderation: checkerModeration(verdict, at),
    reportCount: 0,
    openReports: 0
  }
  const managers = status === 'reviewing' ? await parkManagerIds(ctx.db, doc.parkId) : []
  const saved = await ctx.db.runTransaction(async (tx) => {
    // a retry of a request whose post landed before a crash: the same id finds it (decision 0013)
    const earlier = (await tx.collection(CIRCLE_COLLECTIONS.posts).doc(doc._id).get()).data as PostDoc | null
    if (earlier) return earlier
    await tx.collection(CIRCLE_COLLECTIONS.posts).add({ data: doc as unknown as Record<string, unknown> })
    await addNotifications(tx, reviewNotices(managers, doc), now)
    return doc
  })
  return toDetail(saved, viewerOf(ctx), today, { request: null, reported: false })
}

/** an editable post of the caller's enterprise, or a refusal */
async function ownPost(ctx: ActionContext, id: string): Promise<PostDoc> {
  const post = await readPost(ctx.db, id)
  if (!post || !ownsPost(viewerOf(ctx), post)) fail('NOT_FOUND', '该信息不存在或不是您企业发布的', 'id')
  return post
}

export async function updatePost(ctx: ActionContext, input: ParsedRequest<'post.update'>): Promise<PostDetail> {
  await memberOf(ctx, '编辑商圈信息')
  const { id, ...fields } = input
  const before = await ownPost(ctx, id)
  if (before.status === 'closed') fail('POST_UNAVAILABLE', '已关闭的信息不能再编辑，请重新发布')
  // images already on the post stay (a colleague may have added them); new ones must be the caller's
  checkAttachments(fields.images, uploaderOf(ctx, before.images.map((a) => a.fileID)), 'images')
  const verdict = await checkPostContent(ctx, fields)
  const now = ctx.clock.now()
  const at = now.toISOString()
  const today = beijingYmd(now)
  const managers = await parkManagerIds(ctx.db, before.parkId)

  const updated = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(CIRCLE_COLLECTIONS.posts).doc(id)
    const current = (await ref.get()).data as PostDoc | null
    if (!current) fail('NOT_FOUND', undefined, 'id')
    if (current.status === 'closed') fail('POST_UNAVAILABLE', '已关闭的信息不能再编辑，请重新发布')
    // an edit must not undo a manager's decision or escape a pending report review
    const heldByManager = current.status === 'rejected' || current.status === 'hidden'
    const status: StoredPostStatus = verdict.result === 'pass' && !heldByManager ? 'published' : 'reviewing'
    const moderation: PostModerationDoc =
      verdict.result === 'pass' && heldByManager
        ? { result: current.status === 'hidden' ? 'reported' : 'review', reason: current.moderation?.reason ?? null, at, byId: null, byName: '重新提交' }
        : checkerModeration(verdict, at)
    const next: PostDoc = {
      ...current,
      ...fieldsOf(fields, today),
      status,
      moderation,
      updatedAt: at,
      publishedAt: current.publishedAt ?? (status === 'published' ? at : null)
    }
    const { _id, ...data } = next
    void _id
    await ref.set({ data: data as unknown as Record<string, unknown> })
    if (status === 'reviewing') await addNotifications(tx, reviewNotices(managers, next), now)
    return next
  })
  return toDetail(updated, viewerOf(ctx), today, { request: null, reported: false })
}

/** Closing is final and idempotent; the post leaves every list but 我的发布. */
export async function closePost(ctx: ActionContext, input: { id: string }): Promise<PostDetail> {
  await memberOf(ctx, '关闭商圈信息')
  await ownPost(ctx, input.id)
  const now = ctx.clock.now()
  const closed = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(CIRCLE_COLLECTIONS.posts).doc(input.id)
    const current = (await ref.get()).data as PostDoc | null
    if (!current) fail('NOT_FOUND', undefined, 'id')
    if (current.status === 'closed') return current
    await ref.update({ data: { status: 'closed', updatedAt: now.toISOString() } })
    return { ...current, status: 'closed' as const, updatedAt: now.toISOString() }
  })
  return toDetail(closed, viewerOf(ctx), beijingYmd(now), { request: null, reported: false })
}
