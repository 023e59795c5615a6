export default definePageConfig({ navigationBarTitleText: '管家团队', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
