/** Contract-shaped 惠企服务 and policy data for the service and manage component tests. */
import type { AppointmentSlot, Page, PolicyDetail, ServiceDetail, ServiceSummary } from '../../types'
import { NOW } from './fixtures'

export const serviceSummary = (extra: Partial<ServiceSummary> = {}): ServiceSummary => ({
  _id: 'svc-loan',
  name: '续贷过桥服务',
  category: '融资信贷',
  department: '市融资信贷服务中心',
  promisedDays: 5,
  fee: '免费',
  modes: ['导办', '帮办', '代办'],
  summary: '贷款到期前协助企业对接续贷资金，避免资金链断裂。',
  active: true,
  parkId: null,
  ...extra
})

export const serviceDetail = (extra: Partial<ServiceDetail> = {}): ServiceDetail => ({
  ...serviceSummary(),
  materials: [
    { key: 'license', name: '营业执照', required: true, note: '加盖公章的复印件' },
    { key: 'statement', name: '近三个月银行流水', required: true, note: '' },
    { key: 'plan', name: '还款计划', required: false, note: '' }
  ],
  guide: ['第一步：在线提交申请和材料。', '第二步：服务中心3个工作日内对接合作银行。'],
  policyIds: ['pol-1'],
  ...extra
})

export const page = <T>(items: T[], hasMore = false): Page<T> => ({ items, total: items.length, page: 1, pageSize: 10, hasMore })

export const slot = (extra: Partial<AppointmentSlot> = {}): AppointmentSlot => ({
  _id: 'slot-1',
  kind: '企业接待日',
  title: '3月第二期企业接待日',
  host: '市营商环境协调事务中心主任',
  place: '市民之家三楼接待室',
  startsAt: '2025-03-12T01:00:00.000Z',
  endsAt: '2025-03-12T03:30:00.000Z',
  capacity: 10,
  parkId: null,
  booked: 9,
  mine: false,
  myTopic: null,
  ...extra
})

export const policyDetail = (extra: Partial<PolicyDetail> = {}): PolicyDetail => ({
  _id: 'pol-1',
  title: '中小微企业续贷过桥资金支持办法',
  docNumber: '潭政办发〔2025〕3号',
  issuer: '市人民政府办公室',
  level: '市',
  categories: ['金融'],
  benefitType: '融资支持',
  exempt: false,
  summary: '对暂时困难但有市场的中小微企业提供续贷过桥资金。',
  publishedAt: NOW,
  effectiveFrom: '2025-01-01',
  expiresOn: '2027-12-31',
  applyFrom: null,
  applyUntil: null,
  status: 'in_force',
  window: { state: 'none', daysLeft: null },
  bodyHtml: '<p>第一条 为缓解企业续贷难……</p>',
  interpretation: null,
  attachments: [],
  industries: [],
  scales: [],
  parkIds: [],
  criteria: {},
  serviceId: 'svc-loan',
  favourite: false,
  followedCategories: [],
  match: null,
  lifecycle: {
    editStatus: 'published',
    createdByName: '王科长',
    createdAt: NOW,
    publishedByName: '王科长',
    publishedAt: NOW,
    withdrawnByName: null,
    withdrawnAt: null,
    withdrawnReason: null,
    updatedAt: NOW
  },
  ...extra
})
