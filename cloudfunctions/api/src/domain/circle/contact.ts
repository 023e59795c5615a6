/**
 * Contact requests: another enterprise asks for a post's contact; the poster's enterprise
 * accepts or declines. Only an accepted request reveals the contact, and only to its
 * requester. One request per user per post (the document id says so).
 */
import type { ContactRequest, ContactRequestState, Page, PostDetail } from '../../../../../types'
import { CIRCLE_ROUTES, postDetailUrl } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { DomainError } from '../errors'
import { addNotifications } from '../notifications'
import { pageOf } from '../paging'
import { checkMessage } from './check'
import { CIRCLE_COLLECTIONS, contactRequestId, type ContactRequestDoc, type PostDoc } from './docs'
import { memberOf } from './poster'
import { toContactRequest, toDetail, isLive } from './views'
import { viewerOf } from './viewer'

export async function requestContact(ctx: ActionContext, input: { id: string; message: string }): Promise<PostDetail> {
  const member = await memberOf(ctx, '申请联系方式')
  await checkMessage(ctx, input.message, 'message')
  const now = ctx.clock.now()
  const today = beijingYmd(now)
  const requestId = contactRequestId(input.id, member.userId)

  const { post, request } = await ctx.db.runTransaction(async (tx) => {
    const post = (await tx.collection(CIRCLE_COLLECTIONS.posts).doc(input.id).get()).data as PostDoc | null
    if (!post) throw new DomainError('NOT_FOUND', '该信息不存在或已删除', 'id')
    if (post.enterpriseId === member.enterpriseId) throw new DomainError('FORBIDDEN', '这是您企业发布的信息', 'id')
    if (!isLive(post, today)) throw new DomainError('POST_UNAVAILABLE', undefined, 'id')
    const ref = tx.collection(CIRCLE_COLLECTIONS.postContacts).doc(requestId)
    if ((await ref.get()).data) throw new DomainError('ALREADY_REQUESTED', undefined, 'id')
    const request: ContactRequestDoc = {
      _id: requestId,
      postId: post._id,
      postTitle: post.title,
      posterEnterpriseId: post.enterpriseId,
      posterId: post.authorId,
      requesterId: member.userId,
      requesterName: member.name,
      requesterEnterpriseId: member.enterpriseId,
      requesterEnterpriseName: member.enterpriseName,
      message: input.message,
      state: 'pending',
      createdAt: now.toISOString(),
      answeredAt: null,
      answeredById: null
    }
    const { _id, ...data } = request
    void _id
    await ref.set({ data })
    await addNotifications(
      tx,
      [{ userId: post.authorId, kind: 'system', title: '有企业想联系您', body: `${member.enterpriseName}申请查看“${post.title}”的联系方式`, link: CIRCLE_ROUTES.requests }],
      now
    )
    return { post, request }
  })
  return toDetail(post, viewerOf(ctx), today, { request, reported: false })
}

/** requests on the caller's enterprise's posts, newest first */
export async function contactRequests(
  ctx: ActionContext,
  input: { state?: ContactRequestState; page: number; pageSize: number }
): Promise<Page<ContactRequest>> {
  const member = await memberOf(ctx, '查看联系申请')
  const where: Record<string, unknown> = { posterEnterpriseId: member.enterpriseId }
  if (input.state) where.state = input.state
  const query = ctx.db.collection(CIRCLE_COLLECTIONS.postContacts).where(where).orderBy('createdAt', 'desc')
  return pageOf(query, input.page, input.pageSize, (doc) => toContactRequest(doc as unknown as ContactRequestDoc))
}

/** answered once: the same answer again is a no-op, a different one is refused */
export async function answerContact(ctx: ActionContext, input: { requestId: string; accept: boolean }): Promise<ContactRequest> {
  const member = await memberOf(ctx, '处理联系申请')
  const now = ctx.clock.now()
  const state: ContactRequestState = input.accept ? 'accepted' : 'declined'
  const answered = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(CIRCLE_COLLECTIONS.postContacts).doc(input.requestId)
    const request = (await ref.get()).data as ContactRequestDoc | null
    if (!request || request.posterEnterpriseId !== member.enterpriseId) throw new DomainError('NOT_FOUND', '该联系申请不存在', 'requestId')
    if (request.state === state) return request
    if (request.state !== 'pending') throw new DomainError('CONFLICT', '该申请已处理过，不能更改', 'requestId')
    const change = { state, answeredAt: now.toISOString(), answeredById: member.userId }
    await ref.update({ data: change })
    await addNotifications(
      tx,
      [
        {
          userId: request.requesterId,
          kind: 'system',
          title: input.accept ? '对方已同意您的联系申请' : '对方婉拒了您的联系申请',
          body: input.accept ? `“${request.postTitle}”的联系方式已可查看` : `“${request.postTitle}”的发布企业暂不方便提供联系方式`,
          link: postDetailUrl(request.postId)
        }
      ],
      now
    )
    return { ...request, ...change }
  })
  return toContactRequest(answered)
}


