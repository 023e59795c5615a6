export default definePageConfig({ navigationBarTitleText: '期限与日历' })
