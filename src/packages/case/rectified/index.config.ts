export default definePageConfig({ navigationBarTitleText: '差评整改公示', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
