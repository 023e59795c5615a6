export default definePageConfig({ navigationBarTitleText: '向讲师提问' })
