export default definePageConfig({
  navigationBarTitleText: '亲商家营商服务通',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
