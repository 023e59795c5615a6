/** Stored shapes of 企业商圈 posts, contact requests and reports. Instants are UTC ISO strings. */
import type { Attachment, ContactRequestState, PostIndustry, PostKind, PostModeration } from '../../../../../types'

export const CIRCLE_COLLECTIONS = {
  posts: 'posts',
  /** _id = contactRequestId(postId, requesterId): one request per user per post */
  postContacts: 'postContacts',
  /** _id = postReportId(postId, enterpriseId): one report per enterprise per post */
  postReports: 'postReports'
} as const

/** the statuses a post document holds; 'expired' is also derived from validUntil when read */
export type StoredPostStatus = 'reviewing' | 'published' | 'rejected' | 'hidden' | 'closed' | 'expired'

export interface PostModerationDoc extends PostModeration {
  at: string
  /** null when the content checker or the report count decided */
  byId: string | null
  byName: string
}

export interface PostDoc {
  _id: string
  kind: PostKind
  industry: PostIndustry
  /** plain text as typed (trimmed); never HTML */
  title: string
  text: string
  images: Attachment[]
  contactName: string
  contactPhone: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  parkName: string
  authorId: string
  authorName: string
  status: StoredPostStatus
  /** Beijing 'YYYY-MM-DD': the last day the post is listed */
  validUntil: string
  createdAt: string
  updatedAt: string
  /** first time it went public (null while never published) */
  publishedAt: string | null
  moderation: PostModerationDoc | null
  /** every distinct report ever made (managers see it) */
  reportCount: number
  /** distinct reports since the last manager review; REPORTS_TO_HIDE of them hide the post */
  openReports: number
}

export interface ContactRequestDoc {
  _id: string
  postId: string
  postTitle: string
  posterEnterpriseId: string
  posterId: string
  requesterId: string
  requesterName: string
  requesterEnterpriseId: string
  requesterEnterpriseName: string
  message: string
  state: ContactRequestState
  createdAt: string
  answeredAt: string | null
  answeredById: string | null
}

export interface PostReportDoc {
  _id: string
  postId: string
  /** the member who reported */
  reporterId: string
  /** the reporter's enterprise: it counts once (absent on reports stored before issue 9) */
  enterpriseId?: string
  reason: string
  createdAt: string
}

export const contactRequestId = (postId: string, requesterId: string): string => `${postId}_${requesterId}`
export const postReportId = (postId: string, enterpriseId: string): string => `${postId}_${enterpriseId}`
