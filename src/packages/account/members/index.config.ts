export default definePageConfig({ navigationBarTitleText: '企业成员', enablePullDownRefresh: true, backgroundTextStyle: 'dark', enableShareAppMessage: true })
