/**
 * The catalogue of the home page's functions and channels: one place for titles, the
 * one-line descriptions on the tiles, where each opens, and what the not-yet-built
 * ones will do. Used by the home tiles, the tab placeholders and the pending page.
 */
import { caseSubmitUrl, LECTURE_ROUTES, ROUTES, SERVICE_ROUTES, STEWARD_ROUTES } from './routes'

export type SectionKey =
  | 'service'
  | 'steward'
  | 'policy'
  | 'circle'
  | 'lecture'
  | 'news'
  | 'consult'
  | 'rate'
  | 'complain'

export type SectionTarget =
  /** a tab page: Taro.switchTab */
  | { kind: 'tab'; url: string }
  /** a built page: Taro.navigateTo */
  | { kind: 'page'; url: string }
  /** not built yet: the shared pending page */
  | { kind: 'pending' }

export interface SectionInfo {
  key: SectionKey
  title: string
  /** one line under the tile title */
  brief: string
  /** a single character drawn as the tile's icon */
  glyph: string
  /** what the function will do, said plainly while it is being built */
  plan: string
  target: SectionTarget
}

export const SECTIONS: Record<SectionKey, SectionInfo> = {
  service: {
    key: 'service',
    title: '惠企服务',
    brief: '服务申请与帮代办',
    glyph: '惠',
    plan: '惠企服务：按“一次性告知”清单在线申请企业开办、融资信贷、政策兑现等服务，可选帮办、代办，申请作为办件限时办理、进度随时可查；还可预约企业接待日和早餐会。',
    target: { kind: 'page', url: SERVICE_ROUTES.catalogue }
  },
  steward: {
    key: 'steward',
    title: '管家团队',
    brief: '一对一企业管家',
    glyph: '管',
    plan: '管家团队：按园区、职责和擅长领域查找企业管家，查看其服务记录；绑定企业后可一键咨询、拨打本企业管家电话，也可申请更换管家。',
    target: { kind: 'page', url: STEWARD_ROUTES.list }
  },
  policy: {
    key: 'policy',
    title: '涉企政策',
    brief: '政策查询与智能匹配',
    glyph: '策',
    plan: '涉企政策：按类别、层级、行业检索政策，依据企业档案说明是否符合条件、还差什么，关注类别即可收到新政和申报截止提醒。',
    target: { kind: 'tab', url: '/pages/policy/index' }
  },
  circle: {
    key: 'circle',
    title: '企业商圈',
    brief: '供需对接与企业交流',
    glyph: '商',
    plan: '企业商圈：发布供应、需求与合作信息，按行业检索、寻找合作伙伴；内容经安全审核后公开展示，联系方式经发布企业同意后才可查看。',
    target: { kind: 'tab', url: '/pages/circle/index' }
  },
  lecture: {
    key: 'lecture',
    title: '潭商讲堂',
    brief: '政策宣讲与企业培训',
    glyph: '讲',
    plan: '潭商讲堂：政策宣讲、企业培训等线上线下活动，在线报名，满员可候补、有人取消按顺序递补；开讲前一天提醒，现场扫码签到，结束后看回放、下载课件、打分评价，还可以向讲师提问，问题直接转给企业管家办理。',
    target: { kind: 'page', url: LECTURE_ROUTES.list }
  },
  news: {
    key: 'news',
    title: '营商动态',
    brief: '新闻、案例与解读',
    glyph: '讯',
    plan: '营商动态：市中心和各园区发布的营商环境新闻、典型案例和政策解读，可按栏目浏览、分享给同行。',
    target: { kind: 'page', url: '/packages/news/list/index' }
  },
  consult: {
    key: 'consult',
    title: '咨询',
    brief: '问政策、问办事',
    glyph: '询',
    plan: '在线咨询：问题交办给您企业的企业管家，按工作日限时答复，办理过程随时可查。',
    target: { kind: 'page', url: caseSubmitUrl('consult') }
  },
  rate: {
    key: 'rate',
    title: '评价',
    brief: '好差评',
    glyph: '评',
    plan: '对每一件办结的事项按“非常满意”至“非常不满意”五级评价，差评将被复核并回访整改。',
    target: { kind: 'page', url: `${ROUTES.caseList}?filter=toRate` }
  },
  complain: {
    key: 'complain',
    title: '投诉',
    brief: '反映问题、督促办理',
    glyph: '诉',
    plan: '投诉办事中遇到的问题，逾期未办结的将挂号督办，投诉人信息仅管理人员可见。',
    target: { kind: 'page', url: caseSubmitUrl('complaint') }
  }
}

/** the six function tiles on the home page, in display order */
export const HOME_TILES: SectionKey[] = ['service', 'steward', 'policy', 'circle', 'lecture', 'news']

/** the three channels shown as prominent buttons on the home page */
export const CHANNELS: SectionKey[] = ['consult', 'rate', 'complain']

export const PENDING_PAGE = '/packages/section/pending/index'

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SECTIONS, value)
}

/** the URL a section opens, and how */
export function sectionRoute(key: SectionKey): { url: string; tab: boolean } {
  const target = SECTIONS[key].target
  if (target.kind === 'tab') return { url: target.url, tab: true }
  if (target.kind === 'page') return { url: target.url, tab: false }
  return { url: `${PENDING_PAGE}?key=${key}`, tab: false }
}
