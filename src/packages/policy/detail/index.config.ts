export default definePageConfig({ navigationBarTitleText: '政策详情', enablePullDownRefresh: true, backgroundTextStyle: 'dark', enableShareAppMessage: true })
