export default definePageConfig({ navigationBarTitleText: '接待日与早餐会', enablePullDownRefresh: true, backgroundTextStyle: 'dark' })
