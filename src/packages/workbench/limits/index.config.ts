export default definePageConfig({ navigationBarTitleText: '频率限制' })
