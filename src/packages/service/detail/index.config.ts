export default definePageConfig({ navigationBarTitleText: '服务详情', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
