export default definePageConfig({ navigationBarTitleText: '管家服务记录' })
