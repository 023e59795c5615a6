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
  noticeDetail: '/packages/notice/detail/index'
} as const

export const newsDetailUrl = (id: string): string => `${ROUTES.newsDetail}?id=${encodeURIComponent(id)}`
export const noticeDetailUrl = (id: string): string => `${ROUTES.noticeDetail}?id=${encodeURIComponent(id)}`
