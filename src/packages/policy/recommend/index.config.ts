export default definePageConfig({ navigationBarTitleText: '为我推荐', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
