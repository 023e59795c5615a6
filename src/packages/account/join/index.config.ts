export default definePageConfig({ navigationBarTitleText: '邀请码加入' })
