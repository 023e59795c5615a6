export default definePageConfig({ navigationBarTitleText: '涉企政策', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
