/** Contract-shaped policy data for the policy and enterprise-profile component tests. */
import type { EnterpriseProfile, MatchResult, Page, PolicyDetail, PolicyMatch, PolicySummary } from '../../types'
import { NOW } from './fixtures'

export const policySummary = (id: string, extra: Partial<PolicySummary> = {}): PolicySummary => ({
  _id: id,
  title: `政策${id}`,
  docNumber: '潭政发〔2025〕3号',
  issuer: '湘潭市人民政府',
  level: '市',
  categories: ['金融'],
  benefitType: '融资支持',
  exempt: false,
  summary: `政策${id}的摘要`,
  publishedAt: NOW,
  effectiveFrom: '2025-01-01',
  expiresOn: '2027-12-31',
  applyFrom: '2025-03-01',
  applyUntil: '2025-03-19',
  status: 'in_force',
  window: { state: 'open', daysLeft: 12 },
  ...extra
})

export const almostMatch: MatchResult = {
  verdict: 'almost',
  conditions: [
    { key: 'industries', state: 'met', message: '行业为智能制造，符合' },
    { key: 'minYearsFounded', state: 'met', message: '需成立满 2 年，您的企业成立 8 年 9 个月' },
    { key: 'minEmployees', state: 'unknown', message: '需员工不少于 10 人，您的企业尚未填写员工人数' },
    { key: 'requiredTags', state: 'unmet', message: '需具备“专精特新”资质，您的企业尚未认定' }
  ]
}

export const policyDetail = (id: string, extra: Partial<PolicyDetail> = {}): PolicyDetail => ({
  ...policySummary(id),
  bodyHtml: '<p>第一条 为支持<strong>中小企业</strong>发展，制定本办法。</p>',
  interpretation: { text: '一图读懂。\n重点是续贷。', videoUrl: null },
  attachments: [{ name: '申报表.docx', url: 'https://example.gov.cn/files/apply.docx' }],
  industries: ['智能制造'],
  scales: ['小型', '微型'],
  parkIds: [],
  criteria: { minEmployees: 10, requiredTags: ['专精特新'] },
  serviceId: 'svc-loan',
  favourite: false,
  followedCategories: [],
  match: almostMatch,
  ...extra
})

export const policyMatch = (id: string, match: MatchResult, extra: Partial<PolicySummary> = {}): PolicyMatch => ({ ...policySummary(id, extra), match })

export const pageOf = <T>(items: T[], hasMore = false, total = items.length): Page<T> => ({ items, total, page: 1, pageSize: 10, hasMore })

export const profile = (extra: Partial<EnterpriseProfile> = {}): EnterpriseProfile => ({
  enterpriseId: 'ent-1',
  name: '湘潭恒远机电有限公司',
  parkId: 'park-hi',
  industry: '智能制造',
  scale: '小型',
  foundedOn: '2016-05-20',
  employees: null,
  revenueBand: 'r1',
  tags: ['科技型中小企业'],
  updatedAt: null,
  updatedByName: null,
  ...extra
})
