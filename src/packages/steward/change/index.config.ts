export default definePageConfig({ navigationBarTitleText: '申请更换管家' })
