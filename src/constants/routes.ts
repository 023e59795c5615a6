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
  stewardRecord: '/packages/workbench/record/index'
} as const

export const newsDetailUrl = (id: string): string => `${ROUTES.newsDetail}?id=${encodeURIComponent(id)}`
export const noticeDetailUrl = (id: string): string => `${ROUTES.noticeDetail}?id=${encodeURIComponent(id)}`
export const caseDetailUrl = (id: string): string => `${ROUTES.caseDetail}?id=${encodeURIComponent(id)}`
export const caseSubmitUrl = (type: 'consult' | 'complaint'): string => `${ROUTES.caseSubmit}?type=${type}`
export const caseRateUrl = (id: string): string => `${ROUTES.caseRate}?id=${encodeURIComponent(id)}`
export const stewardRecordUrl = (stewardId: string): string => `${ROUTES.stewardRecord}?stewardId=${encodeURIComponent(stewardId)}`
