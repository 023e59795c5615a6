/** Page URLs used in more than one place. */
export const ROUTES = {
  home: '/pages/index/index',
  policy: '/pages/policy/index',
  circle: '/pages/circle/index',
  messages: '/pages/messages/index',
  mine: '/pages/mine/index',
  bind: '/packages/account/bind/index',
  join: '/packages/account/join/index',
  invites: '/packages/account/invites/index',
  profile: '/packages/account/profile/index',
  devSignIn: '/packages/dev/signin/index',
  newsList: '/packages/news/list/index',
  newsDetail: '/packages/news/detail/index',
  noticeList: '/packages/notice/list/index',
  noticeDetail: '/packages/notice/detail/index',
  // the closed loop, entrepreneur side (packages/case)
  caseSubmit: '/packages/case/submit/index',
  caseList: '/packages/case/list/index',
  caseDetail: '/packages/case/detail/index',
  caseRate: '/packages/case/rate/index',
  rectifiedBoard: '/packages/case/rectified/index',
  // the closed loop, staff side (packages/workbench)
  workbenchInbox: '/packages/workbench/inbox/index',
  workbenchSupervise: '/packages/workbench/supervise/index',
  workbenchSettings: '/packages/workbench/settings/index',
  stewardRecord: '/packages/workbench/record/index',
  // 涉企政策, entrepreneur side (packages/policy) and 一企一档 (packages/enterprise)
  policyDetail: '/packages/policy/detail/index',
  policyRecommend: '/packages/policy/recommend/index',
  policyCalendar: '/packages/policy/calendar/index',
  policyFavourites: '/packages/policy/favourites/index',
  policyFollowing: '/packages/policy/following/index',
  enterpriseProfile: '/packages/enterprise/profile/index'
} as const

export const newsDetailUrl = (id: string): string => `${ROUTES.newsDetail}?id=${encodeURIComponent(id)}`
export const noticeDetailUrl = (id: string): string => `${ROUTES.noticeDetail}?id=${encodeURIComponent(id)}`
export const caseDetailUrl = (id: string): string => `${ROUTES.caseDetail}?id=${encodeURIComponent(id)}`
export const caseSubmitUrl = (type: 'consult' | 'complaint'): string => `${ROUTES.caseSubmit}?type=${type}`
export const caseRateUrl = (id: string): string => `${ROUTES.caseRate}?id=${encodeURIComponent(id)}`
export const stewardRecordUrl = (stewardId: string): string => `${ROUTES.stewardRecord}?stewardId=${encodeURIComponent(stewardId)}`
export const policyDetailUrl = (id: string): string => `${ROUTES.policyDetail}?id=${encodeURIComponent(id)}`

// 惠企服务 (packages/service) and the manager console for policies, services and slots (packages/manage)
export const SERVICE_ROUTES = {
  catalogue: '/packages/service/catalogue/index',
  detail: '/packages/service/detail/index',
  apply: '/packages/service/apply/index',
  appointments: '/packages/service/appointments/index',
  managePolicies: '/packages/manage/policies/index',
  managePolicy: '/packages/manage/policy/index',
  manageImport: '/packages/manage/import/index',
  manageServices: '/packages/manage/services/index',
  manageService: '/packages/manage/service/index',
  manageSlots: '/packages/manage/slots/index'
} as const
export const serviceDetailUrl = (id: string): string => `${SERVICE_ROUTES.detail}?id=${encodeURIComponent(id)}`
/** the application form; `mode` preselects 领办 / 导办 / 帮办 / 代办 (e.g. a policy's 帮代办 button) */
export const serviceApplyUrl = (serviceId: string, mode?: string): string =>
  `${SERVICE_ROUTES.apply}?serviceId=${encodeURIComponent(serviceId)}${mode ? `&mode=${encodeURIComponent(mode)}` : ''}`
/** a policy in the manager console; without id a new one */
export const managePolicyUrl = (id?: string): string => (id ? `${SERVICE_ROUTES.managePolicy}?id=${encodeURIComponent(id)}` : SERVICE_ROUTES.managePolicy)
export const manageServiceUrl = (id?: string): string => (id ? `${SERVICE_ROUTES.manageService}?id=${encodeURIComponent(id)}` : SERVICE_ROUTES.manageService)
