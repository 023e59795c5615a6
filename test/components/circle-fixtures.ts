/** Contract-shaped 企业商圈 data for the circle component tests (typed, so a contract change breaks them). */
import type { ContactRequest, Page, PostDetail, PostSummary } from '../../types'
import { NOW } from './fixtures'

export const postSummary = (id: string, extra: Partial<PostSummary> = {}): PostSummary => ({
  _id: id,
  kind: 'supply',
  industry: '智能制造',
  title: `供应信息${id}`,
  excerpt: `信息${id}的开头`,
  cover: null,
  imageCount: 0,
  enterpriseName: '湘潭恒远机电有限公司',
  parkName: '湘潭高新区',
  createdAt: NOW,
  validUntil: '2025-04-06',
  status: 'published',
  mine: false,
  ...extra
})

export const postDetail = (id: string, extra: Partial<PostDetail> = {}): PostDetail => ({
  ...postSummary(id),
  text: '长期供应精密轴承，可按图加工，月产能5万套。',
  images: [],
  contact: null,
  contactState: 'none',
  moderation: null,
  reportCount: null,
  reported: false,
  updatedAt: NOW,
  ...extra
})

export const contactRequest = (id: string, extra: Partial<ContactRequest> = {}): ContactRequest => ({
  _id: id,
  postId: 'p1',
  postTitle: '供应精密轴承',
  requesterEnterpriseName: '湘潭华菱配套有限公司',
  requesterName: '刘洋',
  message: '我司每月需要约2000套，想了解价格。',
  state: 'pending',
  createdAt: NOW,
  answeredAt: null,
  ...extra
})

export const pageOf = <T>(items: T[]): Page<T> => ({ items, total: items.length, page: 1, pageSize: 10, hasMore: false })
