export default definePageConfig({ navigationBarTitleText: '我的管家名片' })
