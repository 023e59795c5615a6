export default definePageConfig({ navigationBarTitleText: '申报日历', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
