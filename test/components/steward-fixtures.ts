/** Contract-shaped 管家团队 data for the steward component tests. */
import type { MySteward, Page, StewardCard, StewardDetail, StewardRecord } from '../../types'
import { park } from './fixtures'

export const card = (extra: Partial<StewardCard> = {}): StewardCard => ({
  _id: 'u-li',
  name: '李卫东',
  title: '经济发展局副局长',
  department: '湘潭高新区管委会',
  parkId: park._id,
  parkName: park.name,
  photo: null,
  duties: ['信息员', '办事员'],
  expertise: ['高企认定', '科技金融'],
  enterpriseCount: 12,
  phone: '152****1628',
  phoneVisible: false,
  ...extra
})

export const detail = (extra: Partial<StewardDetail> = {}): StewardDetail => ({ ...card(), mine: false, enterprises: null, ...extra })

export const VISIBLE = { phone: '15200731628', phoneVisible: true }

export const record: StewardRecord = {
  stewardId: 'u-li',
  name: '李卫东',
  parkName: park.name,
  resolvedCount: 40,
  medianFirstResponseMinutes: 95,
  onTimeRate: 0.95,
  satisfaction: 0.9,
  ratedCount: 30
}

export const mine = (extra: Partial<MySteward> = {}): MySteward => ({ steward: card(VISIBLE), changeRequest: null, ...extra })

export const pageOf = <T>(items: T[], total = items.length, hasMore = false): Page<T> => ({ items, total, page: 1, pageSize: 10, hasMore })
