/**
 * Entities as the client sees them. Instants are ISO-8601 strings in UTC; business
 * dates (Beijing calendar days) are 'YYYY-MM-DD'.
 */
import type { Membership } from './membership'

export type Role = 'guest' | 'entrepreneur' | 'steward' | 'manager' | 'admin'

export const ROLE_LABELS: Record<Role, string> = {
  guest: '访客',
  entrepreneur: '企业用户',
  steward: '企业管家',
  manager: '园区管理员',
  admin: '市级管理员'
}

export interface Park {
  _id: string
  name: string
  district: string
  intro: string
}

export type EnterpriseScale = '大型' | '中型' | '小型' | '微型' | '个体工商户'

export interface Enterprise {
  _id: string
  name: string
  creditCode: string
  parkId: string
  industry: string
  scale: EnterpriseScale
  /** 'YYYY-MM-DD' */
  foundedOn: string
  stewardId: string | null
}

/** The caller's own account. Phone is the caller's own, so it is not masked. */
export interface Account {
  _id: string
  role: Role
  name: string
  phone: string
  parkId: string | null
  enterpriseId: string | null
  createdAt: string
}

export interface Me {
  account: Account
  /** set only while the caller is an approved member (account.enterpriseId likewise) */
  enterprise: Enterprise | null
  /**
   * the caller's membership: approved, or the latest request (pending = 待认证, or
   * rejected with its reason); null when they never applied
   */
  membership: Membership | null
  park: Park | null
  /** true when served by the local development host, so the UI can say so */
  devMode: boolean
}

export type NewsCategory = '营商动态' | '典型案例' | '政策解读'
export const NEWS_CATEGORIES: NewsCategory[] = ['营商动态', '典型案例', '政策解读']

export interface NewsSummary {
  _id: string
  title: string
  category: NewsCategory
  summary: string
  cover: string
  source: string
  publishedAt: string
  readCount: number
}

export interface NewsItem extends NewsSummary {
  /** plain paragraphs (older items have only these) */
  body: string[]
  /** sanitised rich text; null: render `body` as paragraphs */
  bodyHtml: string | null
}

export type NoticeAudienceKind = 'city' | 'parks' | 'industries' | 'enterprises'

export interface Notice {
  _id: string
  title: string
  body: string
  /** null: the whole city */
  parkIds: string[] | null
  audience: NoticeAudienceKind
  urgent: boolean
  publishedAt: string
  publisherName: string
}

export type InviteRole = 'steward' | 'manager'

export interface Invite {
  code: string
  role: InviteRole
  parkId: string | null
  note: string
  createdAt: string
  expiresAt: string
  status: 'unused' | 'used' | 'expired' | 'revoked'
  usedByName: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  /** lists that can go deep: send it back as `cursor` for the next page (opaque) */
  nextCursor?: string
}

export interface HomeFeed {
  urgentNotices: Notice[]
  notices: Notice[]
  news: NewsSummary[]
}
