export default definePageConfig({ navigationBarTitleText: '预约场次', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
