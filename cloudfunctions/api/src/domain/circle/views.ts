/** Posts as each viewer may see them: the contact and moderation details are gated here. */
import type { ContactRequest, ContactState, PostDetail, PostStatus, PostSummary } from '../../../../../types'
import type { ContactRequestDoc, PostDoc } from './docs'
import { managesPost, ownsPost, type Viewer } from './viewer'

const EXCERPT_CHARS = 60

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT_CHARS ? flat.slice(0, EXCERPT_CHARS) + '…' : flat
}

/** a published post past its last day reads as expired before the sweep flips it */
export function effectiveStatus(post: Pick<PostDoc, 'status' | 'validUntil'>, today: string): PostStatus {
  return post.status === 'published' && post.validUntil < today ? 'expired' : post.status
}

export const isLive = (post: Pick<PostDoc, 'status' | 'validUntil'>, today: string): boolean => effectiveStatus(post, today) === 'published'

export function toSummary(post: PostDoc, viewer: Viewer, today: string): PostSummary {
  return {
    _id: post._id,
    kind: post.kind,
    industry: post.industry,
    title: post.title,
    excerpt: excerptOf(post.text),
    cover: post.images[0]?.fileID ?? null,
    imageCount: post.images.length,
    enterpriseName: post.enterpriseName,
    parkName: post.parkName,
    createdAt: post.createdAt,
    validUntil: post.validUntil,
    status: effectiveStatus(post, today),
    mine: ownsPost(viewer, post)
  }
}

function contactStateOf(post: PostDoc, viewer: Viewer, request: ContactRequestDoc | null): ContactState {
  if (ownsPost(viewer, post)) return 'own'
  if (!request) return 'none'
  return request.state === 'pending' ? 'requested' : request.state
}

export interface DetailExtras {
  /** the viewer's own contact request on this post, if any */
  request: ContactRequestDoc | null
  reported: boolean
}

export function toDetail(post: PostDoc, viewer: Viewer, today: string, extras: DetailExtras): PostDetail {
  const own = ownsPost(viewer, post)
  const manager = managesPost(viewer, post)
  const contactState = contactStateOf(post, viewer, extras.request)
  const revealed = own || manager || contactState === 'accepted'
  return {
    ...toSummary(post, viewer, today),
    text: post.text,
    images: post.images,
    contact: revealed ? { name: post.contactName, phone: post.contactPhone } : null,
    contactState,
    moderation: (own || manager) && post.moderation ? { result: post.moderation.result, reason: post.moderation.reason } : null,
    reportCount: manager ? post.reportCount : null,
    reported: extras.reported,
    updatedAt: post.updatedAt
  }
}

export function toContactRequest(doc: ContactRequestDoc): ContactRequest {
  return {
    _id: doc._id,
    postId: doc.postId,
    postTitle: doc.postTitle,
    requesterEnterpriseName: doc.requesterEnterpriseName,
    requesterName: doc.requesterName,
    message: doc.message,
    state: doc.state,
    createdAt: doc.createdAt,
    answeredAt: doc.answeredAt
  }
}
