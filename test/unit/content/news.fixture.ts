export const newsInput = (over: Record<string, unknown> = {}) => ({
  title: '高新区举办政企早餐会',
  category: '营商动态',
  summary: '二十家企业负责人与园区部门面对面交流。',
  bodyHtml: '<p>本周三上午，高新区举办第十二期政企早餐会。</p><p>会上收集的问题已全部交办。</p>',
  cover: '',
  source: '湘潭高新区管委会',
  ...over
})
