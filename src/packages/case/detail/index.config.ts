export default definePageConfig({ navigationBarTitleText: '办件详情', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
