/** Contract-shaped data for the publishing console tests. */
import type { ManagedNews, ManagedNotice, Page, Park } from '../../types'
import { NOW, park } from './fixtures'

export const parks: Park[] = [park, { _id: 'park-jk', name: '湘潭经开区', district: '雨湖区', intro: '' }]

export const page = <T>(items: T[], hasMore = false): Page<T> => ({ items, total: items.length, page: 1, pageSize: 10, hasMore })

export const managedNews = (over: Partial<ManagedNews> = {}): ManagedNews => ({
  _id: 'nw-1',
  title: '高新区举办政企早餐会',
  category: '营商动态',
  summary: '二十家企业负责人与园区部门面对面交流。',
  cover: '',
  source: '湘潭高新区管委会',
  publishedAt: '',
  readCount: 0,
  body: ['第一段'],
  bodyHtml: '<p>第一段</p>',
  status: 'draft',
  publishAt: null,
  authorName: '周敏',
  authorParkId: park._id,
  editable: true,
  updatedAt: NOW,
  ...over
})

export const managedNotice = (over: Partial<ManagedNotice> = {}): ManagedNotice => ({
  _id: 'nc-1',
  title: '关于开展安全生产检查的通知',
  body: '请各企业于本周五前完成自查。',
  parkIds: [park._id],
  audience: 'parks',
  urgent: false,
  publishedAt: '',
  publisherName: '湘潭高新区',
  status: 'draft',
  target: { kind: 'parks', parkIds: [park._id], industries: [], enterpriseIds: [] },
  targetEnterprises: [],
  createdByName: '周敏',
  updatedAt: NOW,
  editable: true,
  stats: null,
  ...over
})
