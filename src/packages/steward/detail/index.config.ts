export default definePageConfig({ navigationBarTitleText: '企业管家', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
