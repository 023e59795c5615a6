/**
 * 营商动态 management and targeted notices: what managers write and send. News is one
 * city-level channel — park managers and the city admin both write it, the author is
 * recorded, and a park manager edits only their park's items. Notices reach an audience
 * (city, parks, industries or named enterprises); a park manager's audience is always
 * narrowed to their own park.
 */
import type { NewsItem, Notice, NoticeAudienceKind, Page } from './entities'
import type { INDUSTRIES } from './policies'

export const NEWS_STATUSES = ['draft', 'scheduled', 'published', 'unpublished'] as const
export type NewsStatus = (typeof NEWS_STATUSES)[number]
export const NEWS_STATUS_LABELS: Record<NewsStatus, string> = { draft: '草稿', scheduled: '定时发布', published: '已发布', unpublished: '已撤回' }

/** a news item in the manager's console */
export interface ManagedNews extends NewsItem {
  /** 'scheduled' whose time has come reads as 'published' */
  status: NewsStatus
  /** the scheduled or actual publication instant; null for a draft */
  publishAt: string | null
  authorName: string
  /** the author's park; null = the city centre */
  authorParkId: string | null
  /** the caller may edit, publish and unpublish it */
  editable: boolean
  updatedAt: string
}

export const NOTICE_AUDIENCE_KINDS: NoticeAudienceKind[] = ['city', 'parks', 'industries', 'enterprises']
export const NOTICE_AUDIENCE_LABELS: Record<NoticeAudienceKind, string> = { city: '全市企业', parks: '指定园区', industries: '指定行业', enterprises: '指定企业' }
/** at most this many enterprises named in one notice */
export const MAX_NOTICE_ENTERPRISES = 200

/** who a notice is for; lists not used by the kind are empty */
export interface NoticeAudience {
  kind: NoticeAudienceKind
  parkIds: string[]
  industries: Array<(typeof INDUSTRIES)[number]>
  enterpriseIds: string[]
}

export interface AudienceCount {
  enterprises: number
  /** enterprise users bound to those enterprises: each gets one notification */
  users: number
}

export type NoticeStatus = 'draft' | 'published'

export interface NoticeStats {
  /** notifications delivered (one per recipient user) */
  delivered: number
  /** recipients who opened the notice or its notification */
  read: number
  /** delivery has reached every recipient (false while it is still going) */
  done: boolean
}

export interface EnterpriseOption {
  _id: string
  name: string
  industry: string
  parkId: string
}

/** a notice in the manager's console */
export interface ManagedNotice extends Notice {
  status: NoticeStatus
  target: NoticeAudience
  /** names of target.enterpriseIds, for the picker */
  targetEnterprises: EnterpriseOption[]
  createdByName: string
  updatedAt: string
  /** the caller may edit (drafts) and publish it */
  editable: boolean
  /** null while a draft */
  stats: NoticeStats | null
}

export interface PublishingResponses {
  'news.manageList': Page<ManagedNews>
  'news.manageGet': ManagedNews
  'news.save': ManagedNews
  'news.publish': ManagedNews
  'news.unpublish': ManagedNews
  'notice.manageList': Page<ManagedNotice>
  'notice.manageGet': ManagedNotice
  'notice.save': ManagedNotice
  'notice.publish': ManagedNotice
  'notice.previewAudience': AudienceCount
  'notice.stats': NoticeStats
  /** enterprises a manager may name in a notice (their park's; the admin's: all), searchable */
  'notice.enterprises': Page<EnterpriseOption>
}

export const PUBLISHING_WRITES = ['news.save', 'news.publish', 'news.unpublish', 'notice.save', 'notice.publish'] as const
