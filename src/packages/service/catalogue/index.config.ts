export default definePageConfig({ navigationBarTitleText: '惠企服务', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
