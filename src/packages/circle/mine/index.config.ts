export default definePageConfig({ navigationBarTitleText: '我的商圈', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
