export default definePageConfig({ navigationBarTitleText: '营商动态', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
