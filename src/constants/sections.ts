/**
 * The catalogue of the home page's functions and channels: one place for titles, the
 * one-line descriptions on the tiles and where each opens.
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

export interface SectionInfo {
  key: SectionKey
  title: string
  /** one line under the tile title */
  brief: string
  /** a single character drawn as the tile's icon */
  glyph: string
  target: SectionTarget
}

export const SECTIONS: Record<SectionKey, SectionInfo> = {
  service: {
    key: 'service',
    title: '惠企服务',
    brief: '服务申请与帮代办',
    glyph: '惠',
    target: { kind: 'page', url: SERVICE_ROUTES.catalogue }
  },
  steward: {
    key: 'steward',
    title: '管家团队',
    brief: '一对一企业管家',
    glyph: '管',
    target: { kind: 'page', url: STEWARD_ROUTES.list }
  },
  policy: {
    key: 'policy',
    title: '涉企政策',
    brief: '政策查询与智能匹配',
    glyph: '策',
    target: { kind: 'tab', url: '/pages/policy/index' }
  },
  circle: {
    key: 'circle',
    title: '企业商圈',
    brief: '供需对接与企业交流',
    glyph: '商',
    target: { kind: 'tab', url: '/pages/circle/index' }
  },
  lecture: {
    key: 'lecture',
    title: '潭商讲堂',
    brief: '政策宣讲与企业培训',
    glyph: '讲',
    target: { kind: 'page', url: LECTURE_ROUTES.list }
  },
  news: {
    key: 'news',
    title: '营商动态',
    brief: '新闻、案例与解读',
    glyph: '讯',
    target: { kind: 'page', url: '/packages/news/list/index' }
  },
  consult: {
    key: 'consult',
    title: '咨询',
    brief: '问政策、问办事',
    glyph: '询',
    target: { kind: 'page', url: caseSubmitUrl('consult') }
  },
  rate: {
    key: 'rate',
    title: '评价',
    brief: '好差评',
    glyph: '评',
    target: { kind: 'page', url: `${ROUTES.caseList}?filter=toRate` }
  },
  complain: {
    key: 'complain',
    title: '投诉',
    brief: '反映问题、督促办理',
    glyph: '诉',
    target: { kind: 'page', url: caseSubmitUrl('complaint') }
  }
}

/** the six function tiles on the home page, in display order */
export const HOME_TILES: SectionKey[] = ['service', 'steward', 'policy', 'circle', 'lecture', 'news']

/** the three channels shown as prominent buttons on the home page */
export const CHANNELS: SectionKey[] = ['consult', 'rate', 'complain']

/** the URL a section opens, and how */
export function sectionRoute(key: SectionKey): { url: string; tab: boolean } {
  const target = SECTIONS[key].target
  return { url: target.url, tab: target.kind === 'tab' }
}
