export default definePageConfig({ navigationBarTitleText: '认证申请' })
