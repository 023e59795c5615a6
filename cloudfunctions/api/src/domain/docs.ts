/**
 * Stored document shapes (server side). They differ from the client entities in
 * `types/` where the server keeps things the client must not see (openid, audience
 * internals). Instants are ISO strings in UTC.
 */
import type { EnterpriseScale, InviteRole, NewsCategory, Role } from '../../../../types'

export const COLLECTIONS = {
  users: 'users',
  parks: 'parks',
  enterprises: 'enterprises',
  invites: 'invites',
  news: 'news',
  notices: 'notices',
  requests: 'requests',
  audit: 'audit'
} as const

export interface UserDoc {
  /** derived from the openid (see userIdFor) so transactions can address it */
  _id: string
  openid: string
  role: Role
  name: string
  phone: string
  parkId: string | null
  enterpriseId: string | null
  createdAt: string
  updatedAt: string
}

export interface ParkDoc {
  _id: string
  name: string
  district: string
  intro: string
}

export interface EnterpriseDoc {
  _id: string
  name: string
  creditCode: string
  parkId: string
  industry: string
  scale: EnterpriseScale
  foundedOn: string
  stewardId: string | null
}

export interface InviteDoc {
  /** the code itself */
  _id: string
  role: InviteRole
  parkId: string | null
  note: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy: string | null
  usedByName: string | null
  usedAt: string | null
  revokedAt: string | null
}

export interface NewsDoc {
  _id: string
  title: string
  category: NewsCategory
  summary: string
  body: string[]
  cover: string
  source: string
  publishedAt: string
  readCount: number
  status: 'draft' | 'published'
}

export interface NoticeDoc {
  _id: string
  title: string
  body: string
  audience: 'city' | 'parks'
  /** when audience is 'parks' */
  parkIds: string[]
  urgent: boolean
  publishedAt: string
  publisherName: string
  status: 'draft' | 'published'
}

/** an append-only record of account changes (who, what, when) */
export interface AuditDoc {
  _id?: string
  actorId: string
  action: string
  target: string
  detail: Record<string, unknown>
  at: string
}
