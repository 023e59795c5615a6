/**
 * Demo 惠企服务 catalogue with 一次性告知 material lists, in the project's own words.
 * Facts (0.5-day company start-up, two-document utility hook-up, the credit and
 * renewal-loan centre, 领办/导办/帮办/代办) come from the seed reports. Documents are
 * built by the service domain's own buildServiceDoc, so they have exactly the stored shape;
 * each service's policyIds are derived from the published policies that link to it.
 */
import { buildServiceDoc, type ServiceDoc, type ServiceFields } from '../../../cloudfunctions/api/src/domain/services'
import type { PolicyDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { PERSONAS } from './personas'

export type ServiceSeed = Omit<ServiceFields, 'policyIds' | 'active'> & { id: string; active?: boolean }

const LICENSE = { key: 'license', name: '营业执照', required: true, note: '复印件加盖公章；已在本平台绑定企业的可只上传照片' }

export const SERVICE_SEEDS: ServiceSeed[] = [
  {
    id: 'svc-kaiban',
    name: '企业开办一件事',
    category: '企业开办',
    department: '湘潭市行政审批服务局（市民之家商事登记综合窗口）',
    promisedDays: 1,
    fee: '免费（含首套公章刻制和寄递）',
    modes: ['导办', '帮办', '代办'],
    summary: '设立登记、公章刻制、发票申领、社保登记、公积金开户、银行预约开户六个事项一张表申请，0.5个工作日办结。',
    guide: [
      '六个事项合并为一张申请表，在线一次提交，不用分别跑税务、社保、公积金和银行。',
      '材料齐全的，0.5个工作日内办结；营业执照和首套公章可以免费寄递。',
      '选择“帮办”的，窗口工作人员会电话指导您逐项填写；选择“代办”的，需要另外上传授权委托书，由代办员全程办理。'
    ],
    materials: [
      { key: 'apply-form', name: '企业开办一件事申请表', required: true, note: '在线填写后下载打印，由全体股东签字' },
      { key: 'id-card', name: '法定代表人及股东身份证件', required: true, note: '正反面照片，原件在领取执照时核验' },
      { key: 'address', name: '住所（经营场所）使用证明', required: true, note: '房产证明或租赁合同，二选一' },
      { key: 'articles', name: '公司章程', required: false, note: '使用标准章程范本的可不提交' }
    ]
  },
  {
    id: 'svc-gezhuanqi',
    name: '个体工商户转企业',
    category: '企业开办',
    department: '湘潭市市场监督管理局（登记注册科）',
    promisedDays: 3,
    fee: '免费',
    modes: ['导办', '帮办', '代办'],
    summary: '个体工商户转型为企业，可保留原字号和经营场所，登记、税务、社保一次办好，转型后可申领一次性奖补。',
    guide: [
      '转型后原字号和行业表述可以保留，原经营场所继续使用，有效期内的许可证件继续有效。',
      '提交申请后，登记注册科在一个工作日内联系您核对信息；需要办理税务、社保衔接的，由帮办专员一并办理。',
      '转型企业正常经营满六个月后，可以在“惠企政策兑现”中申领一次性奖补。'
    ],
    materials: [
      { key: 'old-license', name: '个体工商户营业执照', required: true, note: '正本照片' },
      { key: 'apply-form', name: '个体工商户转企业登记申请书', required: true, note: '经营者签字' },
      { key: 'id-card', name: '经营者身份证件', required: true, note: '正反面照片' },
      { key: 'address', name: '经营场所使用证明', required: false, note: '经营场所不变的可不提交' }
    ]
  },
  {
    id: 'svc-shuidianqi',
    name: '水电气报装一件事',
    category: '水电气报装',
    department: '湘潭市政务服务中心（市政公用服务窗口）',
    promisedDays: 3,
    fee: '报装环节不收费',
    modes: ['导办', '帮办'],
    summary: '用水、用电、用气报装一次申请、同步受理，只需提交两份材料，其余材料由公用服务单位从项目审批系统直接调取。',
    guide: [
      '用水、用电、用气报装合并为一次申请，供水、供电、供气单位同步受理，不用分别跑窗口。',
      '用地红线图、建设用地规划许可证、施工合同等材料由公用服务单位从工程建设项目审批系统直接调取，您不必再提交。',
      '小微企业低压用电报装“零投资”；各单位的收费项目在窗口和本页面一次性公开，规定以外不收取任何费用。'
    ],
    materials: [
      { key: 'apply-form', name: '水电气报装申请表', required: true, note: '勾选需要报装的项目，注明用量需求' },
      { key: 'property', name: '用地或房产权属证明', required: true, note: '已在工程建设项目审批系统办理过的项目可上传审批编号截图' }
    ]
  },
  {
    id: 'svc-xudai',
    name: '中小微企业信贷和续贷',
    category: '融资信贷',
    department: '湘潭市中小微企业信贷和续贷中心',
    promisedDays: 5,
    fee: '中心不收取任何服务费',
    modes: ['导办', '帮办'],
    summary: '首贷、续贷、转贷一站办理：需求同步推送合作银行，限时答复；贷款到期前可申请无还本续贷。',
    guide: [
      '中心集中入驻合作银行和小贷机构，您的融资需求会同步推送给合作银行，银行在五个工作日内答复。',
      '申请续贷的，请在贷款到期前30天提交，并上传现有贷款合同，银行提前审批、到期当天续接。',
      '申请“园区助力小微贷”或创业担保贷款的，请在申请说明中注明。'
    ],
    materials: [
      LICENSE,
      { key: 'financials', name: '近一年财务报表', required: true, note: '资产负债表和利润表，加盖公章' },
      { key: 'need', name: '融资需求说明', required: true, note: '写明金额、期限和用途' },
      { key: 'loan-contract', name: '现有贷款合同', required: false, note: '申请续贷时提供' }
    ]
  },
  {
    id: 'svc-waimao',
    name: '外贸“三单融”融资对接',
    category: '融资信贷',
    department: '湘潭市商务局（对外贸易科）',
    promisedDays: 5,
    fee: '免费',
    modes: ['导办', '帮办'],
    summary: '凭出口订单、报关单和出口信用保险保单申请无抵押融资，商务部门牵头对接合作银行。',
    guide: [
      '提交后，对外贸易科会把您的需求推送给开办“出口潭信融”等产品的合作银行，并在五个工作日内安排对接。',
      '尚未投保出口信用保险的，可以先提交订单和报关单，对接时由银行和保险机构一并辅导。'
    ],
    materials: [
      { key: 'order', name: '出口合同或订单', required: true, note: '近半年内的有效订单' },
      { key: 'customs', name: '出口报关单', required: true, note: '近一年的报关单汇总' },
      { key: 'insurance', name: '出口信用保险保单', required: false, note: '已投保的提供' }
    ]
  },
  {
    id: 'svc-zhaopin',
    name: '人才招聘与用工对接',
    category: '人才招聘',
    department: '湘潭市人力资源和社会保障局（市人才服务中心）',
    promisedDays: 3,
    fee: '免费',
    modes: ['领办', '导办', '帮办'],
    summary: '发布招聘岗位、报名专场招聘会、申领扩岗补助和见习补贴，一个入口办理。',
    guide: [
      '市人才服务中心收到岗位需求后，在三个工作日内审核发布，并推荐到近期的线上线下专场招聘会。',
      '申领一次性扩岗补助或就业见习补贴的，请在申请说明中写明，并上传新招人员的劳动合同。'
    ],
    materials: [
      { key: 'positions', name: '岗位需求表', required: true, note: '岗位、人数、学历要求和薪酬区间' },
      LICENSE,
      { key: 'contracts', name: '新招人员劳动合同', required: false, note: '申领扩岗补助或见习补贴时提供' }
    ]
  },
  {
    id: 'svc-rencai',
    name: '“新人才30条”待遇申领',
    category: '人才招聘',
    department: '中共湘潭市委人才工作领导小组办公室',
    promisedDays: 15,
    fee: '免费',
    modes: ['导办', '帮办'],
    summary: '用人单位为本单位人才集中申报生活补贴、购房补贴、领军人才培养等“新人才30条”待遇。',
    guide: [
      '待遇由用人单位统一申报，请把本单位申报人员的信息汇总到一张申报表中。',
      '人才办会同人社、财政部门在十五个工作日内完成审核，审核结果在本小程序通知。'
    ],
    materials: [
      { key: 'apply-form', name: '人才待遇申报汇总表', required: true, note: '加盖单位公章' },
      { key: 'diplomas', name: '学历学位或职称、技能证书', required: true, note: '每位申报人一份' },
      { key: 'social-security', name: '劳动合同和社保缴纳证明', required: true, note: '社保证明可在电子社保卡中下载' }
    ]
  },
  {
    id: 'svc-zhiya',
    name: '知识产权质押融资',
    category: '知识产权',
    department: '湘潭市市场监督管理局（知识产权局）',
    promisedDays: 10,
    fee: '评估费可申请补助',
    modes: ['导办', '帮办', '代办'],
    summary: '以专利权、商标专用权质押向银行申请贷款，知识产权局联合合作银行和评估机构上门服务，可同时申领贴息和评估费补助。',
    guide: [
      '知识产权局收到申请后，会同合作银行和评估机构在五个工作日内上门了解情况，评估完成后由银行审批授信。',
      '质押登记可以由工作人员代办；贷款按期还本付息后，可在此申领贴息和评估费补助。'
    ],
    materials: [
      { key: 'ip-certificate', name: '专利证书或商标注册证', required: true, note: '须在有效期内、权属清晰' },
      { key: 'financials', name: '近一年财务报表', required: true, note: '加盖公章' },
      { key: 'valuation', name: '知识产权价值评估报告', required: false, note: '已评估的提供，未评估的可由合作评估机构出具' }
    ]
  },
  {
    id: 'svc-zhuanli',
    name: '专利快速预审',
    category: '知识产权',
    department: '湘潭市知识产权保护中心',
    promisedDays: 5,
    fee: '免费',
    modes: ['导办', '帮办'],
    summary: '在保护中心备案后，专利申请经预审合格即进入快速审查通道，发明专利审查周期可缩短到6个月左右。',
    guide: [
      '首次使用的企业先办理备案，备案通过后即可提交预审申请。',
      '预审员在五个工作日内给出预审意见，需要修改的会一次性告知。'
    ],
    materials: [
      { key: 'apply-form', name: '专利快速预审申请表', required: true, note: '' },
      { key: 'documents', name: '专利申请文件', required: true, note: '说明书、权利要求书、摘要及附图' },
      { key: 'filing', name: '企业备案通过通知', required: false, note: '已备案企业提供' }
    ]
  },
  {
    id: 'svc-duixian',
    name: '惠企政策兑现（奖补资金申领）',
    category: '政策兑现',
    department: '湘潭市优化营商环境协调事务中心（政策兑现窗口）',
    promisedDays: 10,
    fee: '免费',
    modes: ['导办', '帮办', '代办'],
    summary: '各类奖补资金一个入口申领：在线提交申请表和资格认定文件，主管部门限时审核，审核结果在小程序公示。',
    guide: [
      '请先在政策详情页确认本企业符合条件，再点“申报”进入本服务；申请说明中写明申领的政策名称。',
      '政策兑现窗口收到申请后转主管部门审核，十个工作日内给出结果；材料不全的，会一次性告知需要补充的内容。',
      '审核通过后，资金拨付到企业对公账户。对公账户已在窗口登记过的，可以不再上传账户信息。'
    ],
    materials: [
      { key: 'apply-form', name: '奖补资金申请表', required: true, note: '法定代表人签字并加盖公章' },
      { key: 'certificate', name: '资格认定文件', required: true, note: '如专精特新认定文件、高新技术企业证书等' },
      { key: 'bank-account', name: '企业对公账户信息', required: false, note: '开户许可证或基本存款账户信息；已登记的可不提交' }
    ]
  },
  {
    id: 'svc-bangdaiban',
    name: '企业事项帮代办',
    category: '帮代办',
    department: '各园区企业服务中心帮代办专区',
    promisedDays: 5,
    fee: '免费',
    modes: ['领办', '导办', '帮办', '代办'],
    summary: '不知道怎么办、没空跑窗口，都可以委托帮代办专员：一个事项一名专员，从受理跟到办结。',
    guide: [
      '四种方式任选：领办（有人带您到对应窗口）、导办（有人教您填表）、帮办（工作人员替您准备和提交）、代办（整件委托，您只需签字授权）。',
      '专员在一个工作日内联系您，说明需要准备的材料和大致时间；涉及多个窗口的，由专员协调联办。',
      '选择“代办”的，请上传授权委托书。'
    ],
    materials: [
      { key: 'authorization', name: '授权委托书', required: false, note: '选择“代办”时必须提供' },
      { key: 'related', name: '委托事项相关材料', required: false, note: '已有的先上传，缺的由专员一次性告知' }
    ]
  },
  {
    id: 'svc-baojian',
    name: '工业项目报建“拿地即开工”',
    category: '项目建设',
    department: '湘潭市行政审批服务局（工程建设项目审批窗口）',
    promisedDays: 10,
    fee: '免费',
    modes: ['帮办', '代办'],
    summary: '工业项目用地规划许可、工程规划许可、施工许可并联办理，施工图审查容缺受理，帮代办专员全程跟进。',
    guide: [
      '项目取得不动产权证后，建设用地规划许可证、建设工程规划许可证和施工许可证并联审批。',
      '施工图审查合格书暂未取得的，可以先容缺受理，承诺期限内补齐。',
      '重点项目配备项目服务专员，审批进度可在本小程序“我的办件”中查看。'
    ],
    materials: [
      { key: 'land', name: '不动产权证或土地出让合同', required: true, note: '' },
      { key: 'design', name: '建设工程设计方案', required: true, note: '总平面图和单体方案' },
      { key: 'drawing-review', name: '施工图审查合格书', required: false, note: '可容缺，承诺期限内补齐' },
      { key: 'contract', name: '施工合同', required: true, note: '' }
    ]
  },
  {
    id: 'svc-xinyong',
    name: '信用修复',
    category: '帮代办',
    department: '湘潭市市场监督管理局（信用监管科）',
    promisedDays: 5,
    fee: '免费',
    modes: ['导办', '帮办'],
    summary: '移出经营异常名录、提前停止公示行政处罚信息，材料齐全的五个工作日办结。',
    guide: [
      '请先补报年报、纠正违法行为或履行完处罚决定，再提交修复申请。',
      '信用监管科在五个工作日内办结；修复结果同步推送到国家企业信用信息公示系统。'
    ],
    materials: [
      { key: 'apply-form', name: '信用修复申请书', required: true, note: '' },
      { key: 'proof', name: '已履行义务的证明', required: true, note: '如罚款缴纳凭证、补报年报截图' },
      { key: 'pledge', name: '信用修复承诺书', required: true, note: '法定代表人签字' }
    ]
  }
]

/** every demo service; `policies` supplies the published policies that link to each */
export function buildServices(now: Date, policies: PolicyDoc[]): ServiceDoc[] {
  const admin = PERSONAS.find((p) => p.id === 'admin-city')
  const actor = admin ? { id: userIdFor(admin.openid), name: admin.name } : { id: null, name: '系统' }
  return SERVICE_SEEDS.map(({ id, active, ...fields }) => {
    const policyIds = policies.filter((p) => p.serviceId === id && p.editStatus === 'published').map((p) => p._id)
    const full: ServiceFields = { ...fields, policyIds, active: active ?? true }
    return buildServiceDoc(id, full, actor, now)
  })
}
