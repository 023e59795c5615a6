export default definePageConfig({ navigationBarTitleText: '管家工作台', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
