export default definePageConfig({ navigationBarTitleText: '指派企业管家' })
