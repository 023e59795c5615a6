export default definePageConfig({ navigationBarTitleText: '企业档案' })
