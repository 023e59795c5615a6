export default definePageConfig({ navigationBarTitleText: '关注的类别' })
