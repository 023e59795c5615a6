/** Contract-shaped data for component tests (typed, so a contract change breaks them at compile time). */
import type { Enterprise, HomeFeed, Me, Membership, NewsSummary, Notice, Park } from '../../types'
import { checkCharacter } from '../../types'

export const NOW = '2025-03-07T01:30:00.000Z' // 09:30 Beijing time

export const park: Park = { _id: 'park-hi', name: '湘潭高新区', district: '岳塘区', intro: '' }

const FIRST_17 = '91430300MA4L0C5X0'
/** a code with a correct check character, computed so the fixture cannot drift from the rule */
export const VALID_CODE = FIRST_17 + checkCharacter(FIRST_17)
/** the same code with a different (wrong) last character */
export const WRONG_CODE = VALID_CODE.slice(0, 17) + (VALID_CODE[17] === '1' ? '2' : '1')

export const enterprise: Enterprise = {
  _id: 'ent-1',
  name: '湘潭恒远机电有限公司',
  creditCode: VALID_CODE,
  parkId: park._id,
  industry: '装备制造',
  scale: '小型',
  foundedOn: '2016-05-20',
  stewardId: null
}

/** a membership of the fixture enterprise; approved by the park unless told otherwise */
export function membershipOf(extra: Partial<Membership> = {}): Membership {
  return {
    _id: 'ms-1',
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    parkId: park._id,
    userId: 'acc-entrepreneur',
    name: '周敏',
    phone: '139****0000',
    status: 'approved',
    method: 'park',
    capacity: 'legalRep',
    isAdmin: false,
    licence: { fileID: 'cloud://local-dev.files/202503/licence.jpg', name: '营业执照.jpg', size: 1000, kind: 'image' },
    authorisation: null,
    reason: null,
    decidedByName: '李卫东',
    decidedAt: NOW,
    createdAt: NOW,
    ...extra
  }
}

export function meAs(role: Me['account']['role'], extra: Partial<Me> = {}): Me {
  return {
    account: {
      _id: `acc-${role}`,
      role,
      name: role === 'guest' ? '' : '周敏',
      phone: '13907320000',
      parkId: role === 'guest' || role === 'admin' ? null : park._id,
      enterpriseId: role === 'entrepreneur' ? enterprise._id : null,
      createdAt: NOW
    },
    enterprise: role === 'entrepreneur' ? enterprise : null,
    membership: role === 'entrepreneur' ? membershipOf() : null,
    park: role === 'guest' || role === 'admin' ? null : park,
    devMode: false,
    ...extra
  }
}

export const notice = (id: string, title: string, urgent = false): Notice => ({
  _id: id,
  title,
  body: '第一段。\n第二段。',
  parkIds: null,
  audience: 'city',
  urgent,
  publishedAt: NOW,
  publisherName: '市优化营商环境办'
})

export const news = (id: string, title: string): NewsSummary => ({
  _id: id,
  title,
  category: '营商动态',
  summary: '摘要',
  cover: '',
  source: '市优化营商环境办',
  publishedAt: NOW,
  readCount: 3
})

export const feed: HomeFeed = {
  urgentNotices: [notice('n-urgent', '关于汛期安全生产的紧急通知', true)],
  notices: [notice('n-1', '第二季度企业接待日安排')],
  news: [news('w-1', '高新区举办政企早餐会')]
}
