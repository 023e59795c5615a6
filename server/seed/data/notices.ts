/**
 * Demo notices from the park management committees and the city centre. Dates,
 * places and arrangements are fictional.
 */
import type { NoticeDoc } from '../../../cloudfunctions/api/src/domain/docs'

export const NOTICES: NoticeDoc[] = [
  {
    _id: 'notice-01',
    title: '2026年度惠企政策兑现申报11月30日截止',
    body: '2026年度市级惠企政策兑现申报将于11月30日17:00截止，逾期系统不再受理。尚未提交的企业请在小程序“涉企政策”中打开对应政策，点击“申报”，按提示上传营业执照、上年度财务报表和相关证明材料。材料准备遇到问题的，可联系本企业的企业管家协助。',
    audience: 'city',
    parkIds: [],
    urgent: true,
    publishedAt: '2026-11-18T01:00:00.000Z',
    publisherName: '市优化营商环境协调事务中心',
    status: 'published'
  },
  {
    _id: 'notice-02',
    title: '湘潭高新区11月企业接待日安排',
    body: '湘潭高新区11月企业接待日定于11月26日（星期四）9:00—12:00，在高新区企业服务中心二楼会议室举行，管委会负责人和税务、人社、市场监管等部门现场接待。请有诉求的企业于11月24日前通过小程序“咨询”提交问题概要，当天携带营业执照复印件和相关材料到场。未提前登记的企业也可参加，按到场顺序接待。',
    audience: 'parks',
    parkIds: ['park-gaoxin'],
    urgent: false,
    publishedAt: '2026-11-16T01:30:00.000Z',
    publisherName: '湘潭高新区管委会',
    status: 'published'
  },
  {
    _id: 'notice-03',
    title: '湘潭经开区12月企业早餐会开始报名',
    body: '湘潭经开区企业早餐会定于12月3日（星期四）7:30在经开区企业服务中心一楼多功能厅举行，本期主题为“用工与技能培训”。本期限15家企业参加，每家限1人，请于11月28日前在小程序“企业商圈”活动页报名。会上提出的问题将录入小程序限时交办，企业可随时查看办理进度。',
    audience: 'parks',
    parkIds: ['park-jingkai'],
    urgent: false,
    publishedAt: '2026-11-20T03:00:00.000Z',
    publisherName: '湘潭经开区管委会',
    status: 'published'
  },
  {
    _id: 'notice-04',
    title: '市民之家水电气报装联办窗口调整',
    body: '自11月16日起，市民之家水电气报装联办窗口由一楼东侧迁至三楼商事登记综合窗口旁，供水、供电、供气单位集中办公。企业办理报装只需在一个窗口提交申请，现场可同步预约踏勘时间。搬迁期间（11月13日至15日）暂停现场受理，可通过小程序“惠企服务”在线预约。',
    audience: 'city',
    parkIds: [],
    urgent: false,
    publishedAt: '2026-11-10T02:30:00.000Z',
    publisherName: '市优化营商环境协调事务中心',
    status: 'published'
  },
  {
    _id: 'notice-05',
    title: '关于开展冬季安全生产联合检查的通知',
    body: '11月24日至12月5日，市应急管理局将会同有关部门，对湘潭高新区、湘潭经开区内涉及危险化学品、粉尘涉爆和有限空间作业的企业开展冬季安全生产联合检查。请相关企业于11月23日前完成自查，备好安全生产责任制文件、隐患排查台账和特种作业人员持证情况。本次检查一次进企、多部门联合进行，不再分头重复检查。',
    audience: 'parks',
    parkIds: ['park-gaoxin', 'park-jingkai'],
    urgent: true,
    publishedAt: '2026-11-21T01:00:00.000Z',
    publisherName: '市优化营商环境协调事务中心',
    status: 'published'
  },
  {
    _id: 'notice-06',
    title: '中小微企业银企对接会报名',
    body: '11月12日14:30，市中小微企业信贷和续贷中心将举办银企对接会，驻点银行现场介绍首贷、续贷和知识产权质押等产品。有融资需求的企业请于11月10日前通过小程序“惠企服务”报名，并准备近一年财务报表和融资需求说明。现场设一对一洽谈席位，按报名先后安排。',
    audience: 'city',
    parkIds: [],
    urgent: false,
    publishedAt: '2026-10-28T02:00:00.000Z',
    publisherName: '市优化营商环境协调事务中心',
    status: 'published'
  },
  {
    _id: 'notice-07',
    title: '天易经开区“个转企”政策宣讲会通知',
    body: '10月22日（星期四）15:00，天易经开区将在园区企业服务中心三楼报告厅举办“个转企”政策宣讲会，市场监管、税务部门现场讲解转企登记流程和税费优惠。园区内有转企意向的个体工商户请携带营业执照正本参加，会后可现场咨询。请于10月20日前通过小程序或电话报名。',
    audience: 'parks',
    parkIds: ['park-tianyi'],
    urgent: false,
    publishedAt: '2026-10-15T01:30:00.000Z',
    publisherName: '湘潭天易经开区管委会',
    status: 'published'
  },
  {
    _id: 'notice-08',
    title: '潭商讲堂：知识产权质押融资专场',
    body: '11月5日9:30，潭商讲堂知识产权质押融资专场将在雨湖高新区鹤岭园企业服务中心开讲，邀请银行和知识产权服务机构讲解专利、商标质押贷款的申请条件与流程。名额60个，请在小程序“潭商讲堂”中报名。有融资需求的企业可带上专利证书或商标注册证复印件，会后安排个别咨询。',
    audience: 'parks',
    parkIds: ['park-yuhu'],
    urgent: false,
    publishedAt: '2026-10-22T02:00:00.000Z',
    publisherName: '雨湖高新区管委会',
    status: 'published'
  }
]
