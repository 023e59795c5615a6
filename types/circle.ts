/**
 * 企业商圈 (供需对接): enterprises post supply, demand and cooperation notes. Every post passes
 * content security; contact details are revealed only after the poster accepts a request.
 * Everything a user typed is plain text — the UI renders it with <Text>, never as HTML.
 */
import type { Attachment } from './cases'
import type { Page } from './entities'
import type { INDUSTRIES } from './policies'

export type PostIndustry = (typeof INDUSTRIES)[number]

export const POST_KINDS = ['supply', 'demand', 'cooperation'] as const
export type PostKind = (typeof POST_KINDS)[number]
export const POST_KIND_LABELS: Record<PostKind, string> = { supply: '供应', demand: '需求', cooperation: '合作' }

/**
 * reviewing: held by content security for a manager; hidden: reported 3 times, pending review;
 * rejected: refused by a manager (the reason is shown to the poster); closed: by the poster;
 * expired: past validUntil (the list also filters by date, so the flip is cosmetic).
 */
export const POST_STATUSES = ['reviewing', 'published', 'rejected', 'hidden', 'closed', 'expired'] as const
export type PostStatus = (typeof POST_STATUSES)[number]
export const POST_STATUS_LABELS: Record<PostStatus, string> = {
  reviewing: '内容审核中',
  published: '已发布',
  rejected: '未通过审核',
  hidden: '被举报，待复核',
  closed: '已关闭',
  expired: '已过期'
}

export const MAX_POST_IMAGES = 9
export const POST_VALID_DAYS = { min: 7, max: 180, default: 30 } as const
/** distinct reports that hide a post until a manager reviews it */
export const REPORTS_TO_HIDE = 3
/** suggestions for the report sheet; the reason itself is free text */
export const REPORT_REASONS = ['虚假信息', '违法违规', '广告骚扰', '联系方式无效', '其他'] as const

export interface PostSummary {
  _id: string
  kind: PostKind
  industry: PostIndustry
  title: string
  /** the first characters of the text, plain */
  excerpt: string
  /** first image's fileID, or null */
  cover: string | null
  imageCount: number
  enterpriseName: string
  parkName: string
  createdAt: string
  /** Beijing date 'YYYY-MM-DD', the last day the post is shown */
  validUntil: string
  status: PostStatus
  /** posted by the caller's enterprise */
  mine: boolean
}

export type ContactState = 'own' | 'none' | 'requested' | 'accepted' | 'declined'

export interface PostContact {
  name: string
  phone: string
}

export interface PostModeration {
  result: 'pass' | 'review' | 'reject' | 'approved' | 'rejected' | 'reported'
  /** a manager's reason, or the content checker's label; null when none */
  reason: string | null
}

export interface PostDetail extends PostSummary {
  /** plain text */
  text: string
  images: Attachment[]
  /** the poster, managers in scope, and requesters whose request was accepted; otherwise null */
  contact: PostContact | null
  contactState: ContactState
  /** the poster and managers only */
  moderation: PostModeration | null
  /** managers only; null for everyone else */
  reportCount: number | null
  /** the caller has already reported this post */
  reported: boolean
  updatedAt: string
}

export type ContactRequestState = 'pending' | 'accepted' | 'declined'

export interface ContactRequest {
  _id: string
  postId: string
  postTitle: string
  requesterEnterpriseName: string
  requesterName: string
  message: string
  state: ContactRequestState
  createdAt: string
  answeredAt: string | null
}

/** Pages the server links to from notifications (built by the 商圈 UI). */
export const CIRCLE_ROUTES = {
  detail: '/packages/circle/detail/index',
  edit: '/packages/circle/edit/index',
  mine: '/packages/circle/mine/index',
  requests: '/packages/circle/requests/index',
  moderation: '/packages/circle/moderation/index'
} as const
export const postDetailUrl = (id: string): string => `${CIRCLE_ROUTES.detail}?id=${encodeURIComponent(id)}`

export interface CircleResponses {
  /** published and not expired; everyone signed in */
  'post.list': Page<PostSummary>
  'post.get': PostDetail
  'post.create': PostDetail
  'post.update': PostDetail
  'post.close': PostDetail
  /** my enterprise's posts in any status */
  'post.mine': Page<PostSummary>
  'post.requestContact': PostDetail
  /** requests on my enterprise's posts, newest first */
  'post.contactRequests': Page<ContactRequest>
  'post.answerContact': ContactRequest
  /** hidden: this report was the one that hid the post */
  'post.report': { reported: true; hidden: boolean }
  /** managers: 'reviewing' and 'hidden' posts in their park (admin: all) */
  'post.moderationQueue': Page<PostDetail>
  'post.moderate': PostDetail
}

export const CIRCLE_WRITES = [
  'post.create',
  'post.update',
  'post.close',
  'post.requestContact',
  'post.answerContact',
  'post.report',
  'post.moderate'
] as const
