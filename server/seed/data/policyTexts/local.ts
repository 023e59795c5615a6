/**
 * District (区县) and park (园区) demo policies. Park policies of 湘潭高新区 are written
 * by its manager persona; the others by the city admin. Wording and 文号 are ours.
 */
import type { PolicySeed } from './types'

export const DISTRICT_POLICIES: PolicySeed[] = [
  {
    id: 'pol-yuetang-xiaowei',
    title: '“园区助力小微贷”担保费补贴',
    docNumber: '岳政办发〔{Y}〕7号',
    issuer: '湘潭市岳塘区人民政府办公室',
    level: '区县',
    categories: ['金融'],
    benefitType: '融资支持',
    summary: '湘潭高新区内的小微企业通过“园区助力小微贷”获得贷款的，担保费率降至1%以内，区财政再按实际担保费的50%给予补贴。',
    body: [
      '“园区助力小微贷”由园区、政府性融资担保机构和合作银行共同推出，面向抵押物不足的园区小微企业。',
      '担保费率降至1%以内；企业按期还款的，区财政按实际支付担保费的50%给予补贴。',
      '企业可以通过“惠企服务—中小微企业信贷和续贷”提交需求，注明申请“园区助力小微贷”。'
    ],
    criteria: { parkIds: ['park-gaoxin'], scales: ['小型', '微型'] },
    serviceId: 'svc-xudai',
    publishedDaysAgo: 45
  },
  {
    id: 'pol-xiangtanxian-xianglian',
    title: '湘莲产业发展扶持办法',
    docNumber: '潭县政发〔{Y}〕5号',
    issuer: '湘潭县人民政府',
    level: '区县',
    categories: ['产业'],
    benefitType: '资金奖补',
    summary: '支持湘莲精深加工企业扩大产能、建设标准化基地、打造品牌，按新增设备投资给予补助，对取得地理标志专用标志使用资格的企业给予奖励。本年度申报开放中。',
    body: [
      '湘莲是湘潭县的特色产业。对天易经开区内从事湘莲精深加工的企业，新购置加工设备的，按设备投资额的一定比例给予补助。',
      '企业自建或与合作社共建标准化湘莲种植基地、带动农户增收的，按基地面积给予奖励；新取得湘潭湘莲地理标志专用标志使用资格的，一次性奖励。',
      '申报材料通过“惠企政策兑现”提交，由县农业农村局会同天易经开区审核。'
    ],
    criteria: { industries: ['农业食品'], parkIds: ['park-tianyi'], scales: ['大型', '中型', '小型'] },
    serviceId: 'svc-duixian',
    publishedDaysAgo: 14,
    applyFrom: -14,
    applyUntil: 23
  },
  {
    id: 'pol-yuhu-xiangmu-fuwu',
    title: '重点产业项目全程跟进服务',
    docNumber: '雨政办发〔{Y}〕14号',
    issuer: '湘潭市雨湖区人民政府办公室',
    level: '区县',
    categories: ['营商环境', '产业'],
    benefitType: '服务便利',
    summary: '雨湖区为重点产业项目配备项目服务专员和“项目警长”，立项、环评、施工许可等环节全程跟进，力争项目百日建成投产。',
    body: [
      '区里为每个重点产业项目明确一名服务专员，从签约起全程跟进立项、用地、环评、规划和施工许可等手续，协调解决项目推进中的问题。',
      '同时为重点项目设立“项目警长”，及时处理影响施工和生产的治安问题。',
      '雨湖高新区鹤岭园东部产业区的一个十万吨级再生铜项目，从开工到试投产只用了一百天，环评审批期间生态环境部门多次上门对接，是这一机制的典型案例。'
    ],
    criteria: { parkIds: ['park-yuhu'] },
    serviceId: 'svc-baojian',
    publishedDaysAgo: 115
  },
  {
    id: 'pol-yuhu-jianxi',
    title: '就业见习补贴',
    docNumber: '雨人社发〔{Y}〕4号',
    issuer: '湘潭市雨湖区人力资源和社会保障局',
    level: '区县',
    categories: ['就业社保', '人才'],
    benefitType: '资金奖补',
    summary: '雨湖区内员工10人以上的企业设立就业见习岗位、接收离校未就业高校毕业生见习的，按当地最低工资标准的一定比例发放见习补贴。',
    body: [
      '区内员工10人以上、经营规范的企业，可以申请认定为就业见习单位，接收离校两年内未就业的高校毕业生和16—24岁失业青年参加见习。',
      '见习期3至12个月，见习单位按月发放见习补贴，区人社部门按当地最低工资标准的一定比例给予补助；见习期满留用的，另给予一次性奖励。',
      '见习岗位需求可以通过“惠企服务—人才招聘与用工对接”提交。'
    ],
    criteria: { parkIds: ['park-yuhu', 'park-jingkai'], minEmployees: 10 },
    serviceId: 'svc-zhaopin',
    publishedDaysAgo: 33,
    applyFrom: -33,
    applyUntil: 44
  }
]

export const PARK_POLICIES: PolicySeed[] = [
  {
    id: 'pol-gaoxin-bangdaiban',
    title: '湘潭高新区企业服务中心帮代办服务规范',
    docNumber: '潭高新管发〔{Y}〕6号',
    issuer: '湘潭高新区管委会',
    level: '园区',
    categories: ['营商环境'],
    benefitType: '服务便利',
    summary: '高新区企业服务中心的帮代办专区按事项难易分四档：有人领着办、有人教着办、简单的帮着办、复杂的替您办；每个事项由一名专员跟到底，相关窗口联动。',
    body: [
      '帮代办专区设在高新区企业服务中心大厅。第一次来办事、不知道找哪个窗口的，由咨询台工作人员领办；需要自己填表的，在辅导区有人一对一导办；手续简单的事项由工作人员帮办；环节多、跨部门的复杂事项可以整件委托代办。',
      '每个委托事项都指定一名专员，从接件一直跟到出件；需要几个审批窗口配合的，由专员牵头协调，办理进度在本小程序随时可查。',
      '帮代办全程免费。企业可以到中心现场委托，也可以通过“惠企服务—企业事项帮代办”在线委托，专员会在一个工作日内联系。'
    ],
    criteria: { parkIds: ['park-gaoxin'] },
    serviceId: 'svc-bangdaiban',
    ownerParkId: 'park-gaoxin',
    publishedDaysAgo: 170
  },
  {
    id: 'pol-gaoxin-ruanjian-fangzu',
    title: '高新区软件和信息服务企业房租补贴',
    docNumber: '潭高新管发〔{Y}〕18号',
    issuer: '湘潭高新区管委会',
    level: '园区',
    categories: ['产业'],
    benefitType: '资金奖补',
    summary: '入驻高新区软件产业园的小微软件和信息服务企业，前三年分别按实际租金的50%、30%、20%给予补贴。本年度申报即将截止。',
    body: [
      '为集聚软件和信息服务企业，对入驻高新区软件产业园、租用办公用房的小型和微型软件、信息服务、电子信息企业给予房租补贴。',
      '补贴期限三年，第一年按实际租金的50%、第二年按30%、第三年按20%补贴，补贴面积设有上限。',
      '企业每年集中申报一次，通过“惠企政策兑现”提交租赁合同和租金发票。'
    ],
    criteria: { parkIds: ['park-gaoxin'], industries: ['软件和信息服务', '电子信息'], scales: ['小型', '微型'] },
    serviceId: 'svc-duixian',
    ownerParkId: 'park-gaoxin',
    publishedDaysAgo: 35,
    applyFrom: -35,
    applyUntil: 6
  },
  {
    id: 'pol-gaoxin-yanfa-houbuzhu',
    title: '高新区企业研发投入后补助',
    docNumber: '潭高新管发〔{Y}〕21号',
    issuer: '湘潭高新区管委会',
    level: '园区',
    categories: ['科技创新'],
    benefitType: '资金奖补',
    summary: '区内科技型中小企业上年度研发投入比前一年增加的，按增加部分的10%给予后补助，单个企业最高100万元。',
    body: [
      '已完成科技型中小企业评价入库的区内企业，上年度研发费用比前一年有所增长的，可以申请研发投入后补助。',
      '补助按研发费用增加额的10%计算，单个企业每年最高100万元；研发费用以税务部门确认的加计扣除金额为准。',
      '企业通过“惠企政策兑现”提交申请表和年度研发费用加计扣除申报表。'
    ],
    criteria: { parkIds: ['park-gaoxin'], requiredTags: ['科技型中小企业'] },
    serviceId: 'svc-duixian',
    ownerParkId: 'park-gaoxin',
    publishedDaysAgo: 4,
    applyFrom: -4,
    applyUntil: 26
  },
  {
    id: 'pol-gaoxin-wengang-jiangli',
    title: '高新区稳岗扩岗奖励',
    docNumber: '潭高新管发〔{Y}〕24号',
    issuer: '湘潭高新区管委会',
    level: '园区',
    categories: ['就业社保'],
    benefitType: '资金奖补',
    exempt: true,
    summary: '区内员工50人以上的企业全年保持用工稳定、参保人数比上年增加的，按每新增1人1000元给予奖励，园区依据社保数据直接兑付，无需申请。',
    body: [
      '对区内员工50人以上、全年没有规模性裁员，且年末参保人数比上年末增加的企业，按净增参保人数每人1000元给予奖励。',
      '奖励“免申即享”：园区每年一季度根据社保部门提供的参保数据测算，公示后直接拨付到企业账户。',
      '企业对测算结果有疑问的，可以在公示期内通过本小程序向园区企业服务中心反映。'
    ],
    criteria: { parkIds: ['park-gaoxin'], minEmployees: 50 },
    ownerParkId: 'park-gaoxin',
    publishedDaysAgo: 28
  },
  {
    id: 'pol-jingkai-wuliu',
    title: '经开区物流企业降本增效补助',
    docNumber: '潭经开管发〔{Y}〕9号',
    issuer: '湘潭经开区管委会',
    level: '园区',
    categories: ['产业'],
    benefitType: '资金奖补',
    summary: '区内员工10人以上的现代物流企业购置新能源物流车、建设智能仓储系统的，按投资额给予补助。本年度申报开放中。',
    body: [
      '支持经开区现代物流企业降本增效。员工10人以上的物流企业，新购置新能源物流车辆，或者建设自动分拣、智能仓储管理系统的，按实际投资额的一定比例给予补助。',
      '同一企业每年补助设有上限，已享受其他同类补助的不重复享受。',
      '企业通过“惠企政策兑现”提交购置发票、车辆登记或系统验收资料。'
    ],
    criteria: { parkIds: ['park-jingkai'], industries: ['现代物流'], minEmployees: 10 },
    serviceId: 'svc-duixian',
    publishedDaysAgo: 9,
    applyFrom: -9,
    applyUntil: 21
  },
  {
    id: 'pol-jingkai-jigai',
    title: '经开区汽车零部件和智能制造企业技术改造奖励',
    docNumber: '潭经开管发〔{Y}〕12号',
    issuer: '湘潭经开区管委会',
    level: '园区',
    categories: ['产业', '科技创新'],
    benefitType: '资金奖补',
    summary: '区内年营业收入2000万元以上的汽车零部件和智能制造企业实施技术改造，设备投资500万元以上的，按设备投资额的8%给予奖励。',
    body: [
      '对经开区内上年度营业收入不低于2000万元的汽车零部件和智能制造企业，实施技术改造项目、新增设备投资500万元以上的，按设备投资额的8%给予奖励。',
      '项目需在园区备案，并在竣工投产后一年内申报。',
      '经开区每月举办企业早餐会，企业可以在会上直接反映技改项目推进中的困难。'
    ],
    criteria: { parkIds: ['park-jingkai'], industries: ['智能制造'], minRevenueWan: 2000 },
    publishedDaysAgo: 50
  },
  {
    id: 'pol-tianyi-gezhuanqi',
    title: '天易经开区个体工商户转企咨询服务',
    docNumber: '潭天易管发〔{Y}〕3号',
    issuer: '湘潭天易经开区管委会',
    level: '园区',
    categories: ['市场主体培育'],
    benefitType: '服务便利',
    summary: '天易经开区设立个体工商户转企咨询点，提供政策讲解、登记帮办和转型后一年的跟踪服务，帮助个体工商户平稳转为企业。',
    body: [
      '园区在企业服务中心设立个体工商户转企咨询点，安排熟悉登记、税务和社保业务的专员，为有意转型的个体工商户逐户讲解政策、测算转型前后的成本变化。',
      '决定转型的，由专员帮办变更登记、税务衔接和社保开户；转型后一年内定期回访，帮助企业申领“个转企”奖补。',
      '咨询和帮办全程免费，可以现场咨询，也可以通过“惠企服务—个体工商户转企业”在线预约。'
    ],
    criteria: { parkIds: ['park-tianyi'], scales: ['个体工商户'] },
    serviceId: 'svc-gezhuanqi',
    publishedDaysAgo: 58
  },
  {
    id: 'pol-draft-gaoxin-rcep',
    title: '湘潭高新区RCEP企业服务措施（草稿）',
    docNumber: '',
    issuer: '湘潭高新区管委会',
    level: '园区',
    categories: ['外贸'],
    benefitType: '服务便利',
    summary: '拟在高新区企业服务中心设立RCEP企业服务窗口，为外贸企业提供原产地证书、关税减让查询和市场开拓辅导。草稿待审定。',
    body: [
      '拟在企业服务中心设立RCEP企业服务窗口，集中办理原产地证书签发、关税减让查询等业务。',
      '拟每季度组织一次RCEP成员国市场开拓专题辅导。'
    ],
    criteria: { parkIds: ['park-gaoxin'], requiredTags: ['外贸进出口企业'] },
    ownerParkId: 'park-gaoxin',
    publishedDaysAgo: null
  }
]
