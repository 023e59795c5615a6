export default definePageConfig({ navigationBarTitleText: '营商动态' })
