/**
 * Generated policies for `npm run bench`: realistic Chinese text made from phrases in the
 * register of local enterprise policies, combined at random (deterministic per seed),
 * bodies of about 1–3 KB. Not demo content: nobody reads these.
 */
import type { PolicyDoc } from '../../cloudfunctions/api/src/domain/docs'
import { BENEFIT_TYPES, ENTERPRISE_SCALES, INDUSTRIES, POLICY_CATEGORIES, POLICY_LEVELS } from '../../types'

const PLACES = ['湘潭市', '雨湖区', '岳塘区', '湘潭高新区', '湘潭经开区', '韶山市', '湘乡市', '湘潭县', '天易示范区', '昭山示范区']
const TOPICS = [
  '支持专精特新企业高质量发展',
  '促进个体工商户转型升级为企业',
  '加快高层次人才集聚',
  '做好稳岗扩岗工作',
  '推动外贸稳规模优结构',
  '强化知识产权创造保护和运用',
  '支持科技创新平台建设',
  '降低小微企业融资成本',
  '持续优化营商环境',
  '推进制造业数字化转型',
  '做好首贷续贷服务',
  '鼓励企业上市挂牌',
  '促进新能源产业发展',
  '支持现代物流业发展',
  '扶持文化旅游市场主体',
  '推动招商引资项目落地',
  '支持企业技术改造',
  '促进高校毕业生就业创业'
]
const DOC_TYPES = ['若干措施', '实施细则', '实施办法', '暂行办法', '工作方案', '管理办法', '申报指南', '若干政策']
const ORGS = ['潭政发', '潭政办发', '潭发改发', '潭工信发', '潭财企', '潭人社发', '潭科发', '潭商务发', '潭金发', '潭市监发']
const SUBJECTS = [
  '对新认定的国家级专精特新“小巨人”企业',
  '对新认定的省级专精特新中小企业',
  '对首次纳入规模以上统计的工业企业',
  '对个体工商户转型为企业的',
  '对新引进的全日制博士研究生',
  '对新引进的硕士研究生和“双一流”高校本科生',
  '对当年获得发明专利授权的企业',
  '对年度进出口额首次突破1000万美元的企业',
  '对吸纳高校毕业生就业的小微企业',
  '对在境内外资本市场成功上市的企业',
  '对新建省级以上研发平台的单位',
  '对当年首次获得银行贷款的小微企业',
  '对实施技术改造且设备投资超过500万元的项目',
  '对新落户的总部企业',
  '对通过高新技术企业认定的企业',
  '对开展知识产权质押融资的企业',
  '对稳定就业岗位、不裁员或少裁员的参保企业',
  '对在园区新租用标准厂房的制造业企业'
]
const ACTIONS = [
  '给予一次性奖励20万元',
  '给予最高50万元资金奖补',
  '按实际投资额的10%给予补助，最高不超过300万元',
  '给予每人每月2000元生活补贴，连续发放三年',
  '按贷款市场报价利率的50%给予贴息',
  '优先推荐申报省级以上项目',
  '在用地、用能、用水等要素方面优先保障',
  '三年内地方留成税收部分给予全额奖励',
  '按规定给予社会保险补贴和岗位补贴',
  '提供人才公寓，三年内免租入住',
  '前两年厂房租金全额补贴，第三年减半',
  '按评估价值的1%给予评估费补贴',
  '返还其上年度实际缴纳失业保险费的60%',
  '由续贷中心提供无还本续贷服务'
]
const CONDITIONS = [
  '申报单位须在本市依法登记注册并具有独立法人资格',
  '近三年无重大安全生产事故、环境污染事故和严重失信行为',
  '按季度向统计部门报送统计数据',
  '同一项目不重复享受市级财政资金支持',
  '由企业向属地园区或区县主管部门提出申请',
  '经主管部门审核并公示无异议后拨付资金',
  '申报材料实行一次性告知，缺件不超过一次',
  '企业可通过“诸事达”App或政务服务网在线申报',
  '符合条件的企业免申即享，无需另行申请',
  '企业管家全程提供帮代办服务',
  '所需资金由市、区两级财政按现行体制分担',
  '本措施与上级政策有重复的，按就高原则执行，不重复享受'
]
const OPENINGS = [
  '为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，结合本市实际，制定本措施。',
  '为进一步激发市场主体活力，支持实体经济高质量发展，现就有关事项通知如下。',
  '为打好优化发展环境持久仗，推动惠企政策直达快享，特制定本细则。'
]
const CLOSINGS = ['本措施自印发之日起施行，有效期三年。', '本细则由市优化营商环境协调事务中心负责解释。', '各区县（市）、园区可结合实际制定配套措施。']

const ymd = (t: number) => new Date(t).toISOString().slice(0, 10)
const DAY = 86400_000

export function generatePolicy(rand: () => number, i: number, now: Date): PolicyDoc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const place = pick(PLACES)
  const topic = pick(TOPICS)
  const paragraphs = [pick(OPENINGS)]
  // ~350–1000 characters: 1–3 KB of UTF-8
  const target = 350 + Math.floor(rand() * 650)
  let length = paragraphs[0].length
  for (let article = 1; length < target; article++) {
    const sentence = rand() < 0.65 ? `第${article}条 ${pick(SUBJECTS)}，${pick(ACTIONS)}。` : `第${article}条 ${pick(CONDITIONS)}。`
    paragraphs.push(sentence)
    length += sentence.length
  }
  paragraphs.push(pick(CLOSINGS))
  const bodyText = paragraphs.join('\n')
  const published = now.getTime() - Math.floor(rand() * 1000) * DAY
  const r = rand()
  const expiresOn = r < 0.3 ? null : ymd(published + (200 + Math.floor(rand() * 1000)) * DAY)
  const status = rand() < 0.9 ? 'published' : rand() < 0.5 ? 'draft' : 'withdrawn'
  const at = new Date(published).toISOString()
  return {
    _id: `bench-pol-${i}`,
    title: `${place}关于${topic}的${pick(DOC_TYPES)}`,
    docNumber: `${pick(ORGS)}〔${new Date(published).getUTCFullYear()}〕${1 + Math.floor(rand() * 60)}号`,
    issuer: `${place}人民政府`,
    level: pick(POLICY_LEVELS),
    categories: [pick(POLICY_CATEGORIES)],
    benefitType: pick(BENEFIT_TYPES),
    exempt: rand() < 0.1,
    summary: `${pick(SUBJECTS)}，${pick(ACTIONS)}。`,
    bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    bodyText,
    interpretation: null,
    attachments: [],
    effectiveFrom: ymd(published),
    expiresOn,
    applyFrom: null,
    applyUntil: null,
    criteria: {},
    industries: rand() < 0.5 ? [] : [pick(INDUSTRIES)],
    scales: rand() < 0.5 ? [] : [pick(ENTERPRISE_SCALES)],
    parkIds: [],
    serviceId: null,
    editStatus: status,
    ownerParkId: null,
    createdById: 'bench',
    createdByName: '基准测试',
    createdAt: at,
    updatedAt: at,
    publishedById: status === 'draft' ? null : 'bench',
    publishedByName: status === 'draft' ? null : '基准测试',
    publishedAt: status === 'draft' ? null : at,
    withdrawnById: null,
    withdrawnByName: null,
    withdrawnAt: null
  }
}
