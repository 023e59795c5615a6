export default definePageConfig({ navigationBarTitleText: '商圈审核', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
