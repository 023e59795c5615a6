export default definePageConfig({ navigationBarTitleText: '编辑讲座' })
