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
  /** 频率限制 (city admin) */
  workbenchLimits: '/packages/workbench/limits/index',
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

// 潭商讲堂 (packages/lecture): attendee pages and the organiser's edit and sign-up screens
export const LECTURE_ROUTES = {
  list: '/packages/lecture/list/index',
  detail: '/packages/lecture/detail/index',
  ask: '/packages/lecture/ask/index',
  edit: '/packages/lecture/edit/index',
  signups: '/packages/lecture/signups/index'
} as const
export const lectureDetailUrl = (id: string): string => `${LECTURE_ROUTES.detail}?id=${encodeURIComponent(id)}`
export const lectureAskUrl = (id: string): string => `${LECTURE_ROUTES.ask}?id=${encodeURIComponent(id)}`
/** without id a new lecture */
export const lectureEditUrl = (id?: string): string => (id ? `${LECTURE_ROUTES.edit}?id=${encodeURIComponent(id)}` : LECTURE_ROUTES.edit)
export const lectureSignupsUrl = (id: string): string => `${LECTURE_ROUTES.signups}?id=${encodeURIComponent(id)}`

// 管家团队 (packages/steward): the directory, a steward's page, 我的管家's change request, the
// steward's own card, and the manager's bulk assignment with its history
export const STEWARD_ROUTES = {
  list: '/packages/steward/list/index',
  detail: '/packages/steward/detail/index',
  change: '/packages/steward/change/index',
  edit: '/packages/steward/edit/index',
  assign: '/packages/steward/assign/index',
  history: '/packages/steward/history/index'
} as const
export const stewardDetailUrl = (id: string): string => `${STEWARD_ROUTES.detail}?id=${encodeURIComponent(id)}`
/** the assignment screen, optionally with a steward chosen */
export const stewardAssignUrl = (stewardId?: string): string => (stewardId ? `${STEWARD_ROUTES.assign}?stewardId=${encodeURIComponent(stewardId)}` : STEWARD_ROUTES.assign)
/** the assignment history, optionally of one steward or one enterprise */
export const stewardHistoryUrl = (filter: { stewardId?: string; enterpriseId?: string } = {}): string => {
  const query = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&')
  return query ? `${STEWARD_ROUTES.history}?${query}` : STEWARD_ROUTES.history
}

// 营商动态 and 通知发布, manager side (packages/publish)
export const PUBLISH_ROUTES = {
  news: '/packages/publish/news/index',
  newsEdit: '/packages/publish/news-edit/index',
  notices: '/packages/publish/notices/index',
  noticeEdit: '/packages/publish/notice-edit/index'
} as const
/** a news item or notice in the console; without id a new one */
export const publishNewsUrl = (id?: string): string => (id ? `${PUBLISH_ROUTES.newsEdit}?id=${encodeURIComponent(id)}` : PUBLISH_ROUTES.newsEdit)
export const publishNoticeUrl = (id?: string): string => (id ? `${PUBLISH_ROUTES.noticeEdit}?id=${encodeURIComponent(id)}` : PUBLISH_ROUTES.noticeEdit)

// 企业认证 (packages/account): the request and its status, joining by an enterprise's code, the
// enterprise's members, and the staff queue of requests
export const MEMBERSHIP_ROUTES = {
  apply: '/packages/account/bind/index',
  joinEnterprise: '/packages/account/join-enterprise/index',
  members: '/packages/account/members/index',
  queue: '/packages/account/requests/index',
  review: '/packages/account/request/index'
} as const
export const joinEnterpriseUrl = (code?: string): string =>
  code ? `${MEMBERSHIP_ROUTES.joinEnterprise}?code=${encodeURIComponent(code)}` : MEMBERSHIP_ROUTES.joinEnterprise
export const membershipReviewUrl = (id: string): string => `${MEMBERSHIP_ROUTES.review}?id=${encodeURIComponent(id)}`
