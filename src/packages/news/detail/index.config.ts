export default definePageConfig({ navigationBarTitleText: '营商动态', enableShareAppMessage: true })
