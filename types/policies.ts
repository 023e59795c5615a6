/**
 * 涉企政策: the policy library, the enterprise profile (一企一档) that drives matching,
 * and the verdicts that explain themselves. Dates are Beijing calendar days 'YYYY-MM-DD';
 * instants are ISO strings in UTC.
 */
import type { EnterpriseScale } from './entities'

export type PolicyLevel = '国家' | '省' | '市' | '区县' | '园区'
export const POLICY_LEVELS: PolicyLevel[] = ['国家', '省', '市', '区县', '园区']

export const POLICY_CATEGORIES = [
  '财税',
  '金融',
  '人才',
  '产业',
  '科技创新',
  '知识产权',
  '外贸',
  '就业社保',
  '市场主体培育',
  '营商环境'
] as const
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number]

export const BENEFIT_TYPES = ['资金奖补', '税费减免', '融资支持', '人才待遇', '资质认定', '服务便利'] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]

export const INDUSTRIES = [
  '智能制造',
  '新能源',
  '新材料',
  '电子信息',
  '软件和信息服务',
  '生物医药',
  '现代物流',
  '商贸服务',
  '文化旅游',
  '农业食品',
  '建筑建材',
  '其他'
] as const

export const ENTERPRISE_SCALES: EnterpriseScale[] = ['大型', '中型', '小型', '微型', '个体工商户']

export const ENTERPRISE_TAGS = ['高新技术企业', '专精特新', '科技型中小企业', '规上企业', '外贸进出口企业', '个转企'] as const
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number]

/** annual revenue bands in 万元: [min, max) ; max null = no upper bound */
export const REVENUE_BANDS = [
  { key: 'r0', label: '100万元以下', min: 0, max: 100 },
  { key: 'r1', label: '100万—500万元', min: 100, max: 500 },
  { key: 'r2', label: '500万—2000万元', min: 500, max: 2000 },
  { key: 'r3', label: '2000万—1亿元', min: 2000, max: 10000 },
  { key: 'r4', label: '1亿元以上', min: 10000, max: null }
] as const
export type RevenueBandKey = (typeof REVENUE_BANDS)[number]['key']

/** the facts an enterprise keeps up to date for matching (一企一档) */
export interface EnterpriseProfile {
  enterpriseId: string
  name: string
  parkId: string
  industry: string
  scale: EnterpriseScale
  /** 'YYYY-MM-DD' */
  foundedOn: string
  /** null until the enterprise fills it in */
  employees: number | null
  revenueBand: RevenueBandKey | null
  tags: EnterpriseTag[]
  updatedAt: string | null
  updatedByName: string | null
}

export interface ProfileChange {
  at: string
  byName: string
  /** field → [before, after] as shown to people */
  changes: Array<{ field: string; label: string; before: string; after: string }>
}

/**
 * Structured eligibility: every present condition must hold. Absent = no condition.
 * Ranges are inclusive.
 */
export interface EligibilityCriteria {
  industries?: string[]
  scales?: EnterpriseScale[]
  parkIds?: string[]
  /** years since founding, e.g. 2 = founded at least 2 years ago */
  minYearsFounded?: number
  maxYearsFounded?: number
  minEmployees?: number
  maxEmployees?: number
  /** annual revenue in 万元 */
  minRevenueWan?: number
  maxRevenueWan?: number
  /** the enterprise must hold every one of these tags */
  requiredTags?: EnterpriseTag[]
}

export type MatchVerdict = 'eligible' | 'almost' | 'ineligible'
export const MATCH_VERDICT_LABELS: Record<MatchVerdict, string> = { eligible: '符合条件', almost: '差一点', ineligible: '暂不符合' }

export interface MatchCondition {
  /** the criterion key, e.g. 'minYearsFounded' */
  key: keyof EligibilityCriteria
  /** plain Chinese, e.g. "需成立满 2 年，您的企业成立 1 年 3 个月" */
  message: string
  /** 'unknown': the profile lacks the fact (e.g. employees not filled in) */
  state: 'met' | 'unmet' | 'unknown'
}

export interface MatchResult {
  verdict: MatchVerdict
  conditions: MatchCondition[]
}

/** text with the query's matches marked, as segments (never HTML) */
export type Highlighted = Array<{ text: string; hit: boolean }>

export type PolicyStatus = 'not_yet' | 'in_force' | 'expiring' | 'expired'
export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  not_yet: '尚未生效',
  in_force: '有效',
  expiring: '即将到期',
  expired: '已失效'
}

export interface ApplicationWindow {
  state: 'none' | 'upcoming' | 'open' | 'closed'
  /** days left until the window closes (open) or opens (upcoming) */
  daysLeft: number | null
}

export interface PolicySummary {
  _id: string
  title: string
  /** 文号, e.g. 潭政发〔2026〕3号 */
  docNumber: string
  issuer: string
  level: PolicyLevel
  categories: PolicyCategory[]
  benefitType: BenefitType
  /** 免申即享: granted without an application */
  exempt: boolean
  summary: string
  publishedAt: string | null
  effectiveFrom: string | null
  expiresOn: string | null
  applyFrom: string | null
  applyUntil: string | null
  status: PolicyStatus
  window: ApplicationWindow
  /** present on search results with a query */
  highlight?: { title: Highlighted; snippet: Highlighted }
}

export interface PolicyAttachment {
  name: string
  /** cloud:// fileID or https URL */
  url: string
}

export interface PolicyDetail extends PolicySummary {
  /** sanitised HTML (allow-listed tags, no scripts, no event handlers) */
  bodyHtml: string
  interpretation: { text: string; videoUrl: string | null } | null
  attachments: PolicyAttachment[]
  industries: string[]
  scales: EnterpriseScale[]
  parkIds: string[]
  criteria: EligibilityCriteria
  /** the 惠企服务 item to apply through (申报 / 帮代办) */
  serviceId: string | null
  favourite: boolean
  /** the categories of this policy the caller follows */
  followedCategories: PolicyCategory[]
  /** for a bound entrepreneur: how the enterprise fares */
  match: MatchResult | null
  /** manager view only: lifecycle */
  lifecycle?: PolicyLifecycle
}

export type PolicyEditStatus = 'draft' | 'published' | 'withdrawn'

export interface PolicyLifecycle {
  editStatus: PolicyEditStatus
  createdByName: string
  createdAt: string
  publishedByName: string | null
  publishedAt: string | null
  withdrawnByName: string | null
  withdrawnAt: string | null
  /** why it was withdrawn (下架原因) */
  withdrawnReason?: string | null
  updatedAt: string
}

export interface PolicyMatch extends PolicySummary {
  match: MatchResult
}

/** an application window closing on a policy the caller follows or favourited */
export interface PolicyDeadlineEntry {
  policyId: string
  title: string
  applyUntil: string
  daysLeft: number
  reason: 'favourite' | 'followed'
}

export interface ImportRowReport {
  /** 1-based data row (CSV header excluded) */
  row: number
  title: string
  ok: boolean
  errors: string[]
}

export interface ImportReport {
  /** rows written (0 on a dry run or when the write failed as a whole) */
  imported: number
  rejected: number
  dryRun: boolean
  rows: ImportRowReport[]
}

/**
 * Columns of a policy bulk-import CSV (first row = these keys, exactly). Multi-valued
 * cells separate values with '|'; an empty cell = not set (for criteria: no condition).
 * The server reads files with this list; the manager's import page shows it as help.
 */
export const POLICY_IMPORT_COLUMNS: ReadonlyArray<{ key: string; label: string; required: boolean; note: string }> = [
  { key: 'title', label: '政策标题', required: true, note: '4—100字' },
  { key: 'docNumber', label: '文号', required: false, note: '如 潭政发〔2026〕3号；标题+文号相同视为重复' },
  { key: 'issuer', label: '发文单位', required: true, note: '' },
  { key: 'level', label: '政策层级', required: true, note: POLICY_LEVELS.join('/') },
  { key: 'categories', label: '政策类别', required: true, note: '1—4个，用|分隔，如 财税|金融' },
  { key: 'benefitType', label: '扶持方式', required: true, note: BENEFIT_TYPES.join('/') },
  { key: 'exempt', label: '免申即享', required: false, note: '是/否，默认否' },
  { key: 'summary', label: '政策摘要', required: true, note: '10—300字' },
  { key: 'bodyHtml', label: '政策正文', required: true, note: 'HTML 或纯文本（每行一段）；不安全内容会被去除' },
  { key: 'interpretation', label: '政策解读', required: false, note: '' },
  { key: 'interpretationVideoUrl', label: '解读视频地址', required: false, note: 'https:// 或 cloud:// 开头' },
  { key: 'effectiveFrom', label: '生效日期', required: false, note: 'YYYY-MM-DD（也可写 2026/3/1）' },
  { key: 'expiresOn', label: '失效日期', required: false, note: '不早于生效日期' },
  { key: 'applyFrom', label: '申报开始日期', required: false, note: '' },
  { key: 'applyUntil', label: '申报截止日期', required: false, note: '不早于申报开始日期' },
  { key: 'serviceId', label: '关联服务编号', required: false, note: '' },
  { key: 'industries', label: '适用行业', required: false, note: '用|分隔；留空=不限' },
  { key: 'scales', label: '适用企业规模', required: false, note: `${ENTERPRISE_SCALES.join('/')}，用|分隔；留空=不限` },
  { key: 'parkIds', label: '适用园区编号', required: false, note: '用|分隔；留空=不限（园区管理员导入时固定为本园区）' },
  { key: 'requiredTags', label: '须具备的企业标签', required: false, note: `${ENTERPRISE_TAGS.join('/')}，用|分隔` },
  { key: 'minYearsFounded', label: '成立年限下限（年）', required: false, note: '整数' },
  { key: 'maxYearsFounded', label: '成立年限上限（年）', required: false, note: '整数' },
  { key: 'minEmployees', label: '员工人数下限', required: false, note: '整数' },
  { key: 'maxEmployees', label: '员工人数上限', required: false, note: '整数' },
  { key: 'minRevenueWan', label: '营业收入下限（万元）', required: false, note: '整数' },
  { key: 'maxRevenueWan', label: '营业收入上限（万元）', required: false, note: '整数' }
]
