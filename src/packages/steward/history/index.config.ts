export default definePageConfig({ navigationBarTitleText: '管家变更记录', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
