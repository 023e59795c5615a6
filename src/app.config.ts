export default defineAppConfig({
  // The main package holds the tab pages only; everything else is a subpackage.
  pages: ['pages/index/index', 'pages/policy/index', 'pages/circle/index', 'pages/messages/index', 'pages/mine/index'],
  subPackages: [
    {
      root: 'packages/account',
      pages: ['bind/index', 'join/index', 'invites/index', 'profile/index', 'join-enterprise/index', 'members/index', 'requests/index', 'request/index']
    },
    { root: 'packages/dev', pages: ['signin/index'] },
    { root: 'packages/news', pages: ['list/index', 'detail/index'] },
    { root: 'packages/notice', pages: ['list/index', 'detail/index'] },
    { root: 'packages/case', pages: ['submit/index', 'list/index', 'detail/index', 'rate/index', 'rectified/index'] },
    { root: 'packages/workbench', pages: ['inbox/index', 'supervise/index', 'settings/index', 'record/index', 'limits/index'] },
    { root: 'packages/service', pages: ['catalogue/index', 'detail/index', 'apply/index', 'appointments/index'] },
    { root: 'packages/manage', pages: ['policies/index', 'policy/index', 'import/index', 'services/index', 'service/index', 'slots/index'] },
    { root: 'packages/policy', pages: ['detail/index', 'recommend/index', 'calendar/index', 'favourites/index', 'following/index'] },
    { root: 'packages/steward', pages: ['list/index', 'detail/index', 'change/index', 'edit/index', 'assign/index', 'history/index'] },
    { root: 'packages/enterprise', pages: ['profile/index'] },
    { root: 'packages/lecture', pages: ['list/index', 'detail/index', 'ask/index', 'edit/index', 'signups/index'] },
    { root: 'packages/circle', pages: ['detail/index', 'edit/index', 'mine/index', 'requests/index', 'moderation/index'] },
    { root: 'packages/publish', pages: ['news/index', 'news-edit/index', 'notices/index', 'notice-edit/index'] }
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f3f5f9',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '亲商家营商服务通',
    navigationBarTextStyle: 'white'
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#1f5fbf',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tabbar/policy.png', selectedIconPath: 'assets/tabbar/policy-active.png' },
      { pagePath: 'pages/circle/index', text: '商圈', iconPath: 'assets/tabbar/circle.png', selectedIconPath: 'assets/tabbar/circle-active.png' },
      { pagePath: 'pages/messages/index', text: '消息', iconPath: 'assets/tabbar/messages.png', selectedIconPath: 'assets/tabbar/messages-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' }
    ]
  },
  // Privacy APIs are confirmed through the 隐私保护指引 before first use.
  __usePrivacyCheck__: true
})
