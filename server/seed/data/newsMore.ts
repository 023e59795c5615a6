/**
 * More 营商动态, written as managers write them now: a rich-text body (sanitised by the
 * same allow-list as the publishing form) and a recorded author. Facts and figures come
 * from the press reports in the project's seed folder; the wording is the project's.
 * Items about another city are marked 他山之石. Items by the 高新区 manager carry his park,
 * so he can edit them in his console. One item is scheduled a few days after seeding.
 */
import type { NewsDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { sanitizePolicyHtml } from '../../../cloudfunctions/api/src/domain/policies'
import type { NewsCategory } from '../../../types'
import { person } from './people'
import { seedDates } from './seedDates'

const CENTRE = '市优化营商环境协调事务中心'
const GAOXIN = '湘潭高新区管委会'

interface NewsSeed {
  id: string
  title: string
  category: NewsCategory
  summary: string
  html: string
  by: 'city' | 'gaoxin'
  publishedAt: string
  readCount: number
}

/** the stored body: sanitised HTML and its text as paragraphs, as news.save stores them */
function rich(html: string): Pick<NewsDoc, 'bodyHtml' | 'body'> {
  const clean = sanitizePolicyHtml(html)
  return { bodyHtml: clean.html, body: clean.text.split('\n').map((l) => l.trim()).filter(Boolean) }
}

function toDoc(s: NewsSeed, status: NewsDoc['status'], createdAt: string): NewsDoc {
  const author = person(s.by === 'gaoxin' ? 'manager-gaoxin' : 'admin-city')
  return {
    _id: s.id,
    title: s.title,
    category: s.category,
    summary: s.summary,
    ...rich(s.html),
    cover: '',
    source: s.by === 'gaoxin' ? GAOXIN : CENTRE,
    publishedAt: s.publishedAt,
    readCount: s.readCount,
    status,
    authorId: author.userId,
    authorName: author.name,
    authorParkId: s.by === 'gaoxin' ? 'park-gaoxin' : null,
    createdAt,
    updatedAt: createdAt
  }
}

const SEEDS: NewsSeed[] = [
  {
    id: 'news-25',
    title: '专利审查提速：发明专利最快25个工作日授权',
    category: '营商动态',
    summary: '三类专利从申请到授权的等待时间都大幅缩短，企业可以更早拿到保护。',
    html: [
      '<p>对科技型企业来说，专利早一天授权，产品就早一天受保护。我市发明专利的审查周期已从原来的约20个月压缩到6个月左右；实用新型由6个月缩短到1个月，外观设计由6个月缩短到15天。</p>',
      '<p>目前用时最短的一件发明专利，从提交申请到获得授权只花了<strong>25个工作日</strong>，比过去提前了19个月。</p>',
      '<h3>企业怎样用好快速通道</h3>',
      '<ul><li>先办备案：进入快速预审需要企业事先备案，条件和流程可以问本企业的企业管家。</li>',
      '<li>把材料写规范：申请文件撰写得越规范，补正来回的次数就越少。</li>',
      '<li>看讲堂回放：潭商讲堂“专利快速预审与知识产权保护”一期已上线回放和课件。</li></ul>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-09-03T01:30:00.000Z',
    readCount: 1876
  },
  {
    id: 'news-26',
    title: '两证合办、审图提速：项目开工时间一览',
    category: '政策解读',
    summary: '施工图审查约10天，用地规划许可和不动产权证合并办理5个工作日内办完。',
    html: [
      '<p>企业新建或扩建厂房，最关心的是多久能动工。近两年，我市在工程建设项目审批上做了不少“减法”，下面把几个关键环节的时限列出来，方便企业安排进度。</p>',
      '<table><thead><tr><th>环节</th><th>现在的时限</th></tr></thead><tbody>',
      '<tr><td>施工图审查</td><td>约10天，全省平均约15.79天，用时缩短一半左右</td></tr>',
      '<tr><td>建设用地规划许可证与不动产权证合并办理</td><td>5个工作日以内，提速八成以上</td></tr>',
      '<tr><td>重大产业项目从审批到开工</td><td>约30天，整体提速五成以上</td></tr>',
      '</tbody></table>',
      '<h3>还有哪些做法在帮企业省时间</h3>',
      '<p>规划、测绘、审查分别推行“多规合一”“多测合一”“多审合一”，同一类事情不再多头跑；符合条件的事项可以实行告知承诺或容缺受理，先办起来、后补材料。</p>',
      '<p>具体项目适用哪种方式，可在小程序“咨询”中提问，或预约市民之家工程建设项目审批专区的帮办人员。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-09-11T02:00:00.000Z',
    readCount: 1542
  },
  {
    id: 'news-27',
    title: '雨湖区“项目警长”为重点项目护航',
    category: '典型案例',
    summary: '每个重点项目和重点企业都有一名对口民警，施工和经营中遇到的治安问题有人管。',
    html: [
      '<p>项目建设最怕中途“卡壳”。雨湖区推行项目警长制，给辖区内的重点项目和重点企业逐个配上一名对口民警，也就是“项目警长”。</p>',
      '<p>工地周边如果出现阻挠施工、材料失窃这类情况，企业不用再层层反映，直接联系项目警长就能处理。警长还会定期上门，了解企业复工复产和日常经营中遇到的治安难题，帮助项目按计划推进。</p>',
      '<p>企业通过小程序提出的涉及治安的诉求，企业管家会协调相关部门和项目警长跟进，办理进度可在“我的办件”里查看。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-09-19T01:00:00.000Z',
    readCount: 968
  },
  {
    id: 'news-28',
    title: '全市经营主体超过26.7万户',
    category: '营商动态',
    summary: '企业、个体工商户和农民专业合作社数量与2018年底相比均有增长，“个转企”已超千户。',
    html: [
      '<p>据市场监管部门统计，截至10月24日，全市登记在册的经营主体共<strong>267507户</strong>。分类看：</p>',
      '<table><thead><tr><th>类别</th><th>户数</th><th>较2018年底增长</th></tr></thead><tbody>',
      '<tr><td>企业</td><td>58656</td><td>85.77%</td></tr>',
      '<tr><td>个体工商户</td><td>204901</td><td>54.01%</td></tr>',
      '<tr><td>农民专业合作社</td><td>3950</td><td>7.63%</td></tr>',
      '<tr><td>合计</td><td>267507</td><td>58.96%</td></tr>',
      '</tbody></table>',
      '<p>个体户升级成公司的也越来越多，已有1084户完成“个转企”；去年转型后符合条件的16户企业，一共领到4.8万元奖补资金。</p>',
      '<p>想了解转企手续和扶持政策的个体户，可以在“涉企政策”中搜索“个转企”，或报名潭商讲堂相关场次。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-10-27T02:00:00.000Z',
    readCount: 1310
  },
  {
    id: 'news-29',
    title: '专利和商标也能换贷款：知识产权质押融资指南',
    category: '政策解读',
    summary: '评估、担保、授信、交易、保险一起发力，轻资产的科技企业也能拿到贷款。',
    html: [
      '<p>不少科技型中小企业厂房是租的、设备不多，能拿出来抵押的东西有限，但手里有专利、有商标。知识产权质押融资，就是让这些“无形资产”也能向银行换来授信。</p>',
      '<h3>我市的做法</h3>',
      '<p>市知识产权部门把价值评估、融资担保、银行授信、知识产权交易和保险五个环节串起来，形成一套完整的金融服务，降低银行放贷的顾虑；并与金融监管部门联合出台了促进知识产权质押融资的具体措施，这在全省尚属首次。我市企业还办成过全省金额最高的一笔商标质押贷款。</p>',
      '<h3>企业办理的大致步骤</h3>',
      '<ol><li>梳理可质押的专利、商标，确认权属清晰、仍在有效期内；</li>',
      '<li>委托评估机构出具价值评估；</li>',
      '<li>向合作银行提出申请，需要时由担保机构增信；</li>',
      '<li>办理质押登记后放款。</li></ol>',
      '<p>市中小微企业信贷和续贷中心有驻点银行可以现场咨询，潭商讲堂近期也会开设融资专场。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-10-09T01:30:00.000Z',
    readCount: 1127
  },
  {
    id: 'news-30',
    title: '质量服务平台促成200余家企业和个人对接',
    category: '典型案例',
    summary: '一个平台连起7个县市园区服务站和5个服务点，计量、标准、检测等资源就近可用。',
    html: [
      '<p>企业做质量提升，常常要跑计量、检测、认证、标准多个机构。市场监管部门把这些质量服务整合到一个平台上，结构可以概括为“1+7+5+N”：</p>',
      '<ul><li>1个线上线下结合的总平台；</li><li>7个设在县市区和园区的服务站；</li><li>5个服务点；</li><li>N项可调用的资源要素，如检测设备、专家和标准资料。</li></ul>',
      '<p>服务人员不再坐等企业上门，而是主动进企业，在起草标准、搭建标准体系、开展标准试点、争创标准“领跑者”等方面出主意，已为42家企业解决问题52个。平台还当起了“红娘”，促成200余家企业和个人之间的供需对接。这一试点做法已在全省推广。</p>',
      '<p>在长株潭一体化方面，三市共建了标准化专家库，入库专家90名，企业可以通过平台预约咨询。</p>',
      '<p>有供需信息要发布的企业，也可以使用小程序的“企业商圈”。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-10-15T02:00:00.000Z',
    readCount: 884
  },
  {
    id: 'news-31',
    title: '涉企案件审得更快、执行更快',
    category: '营商动态',
    summary: '涉企民事案件平均审判周期缩短到约60天，执行周期缩短约一半。',
    html: [
      '<p>合同纠纷拖得越久，企业的资金压力就越大。近年来，市中级人民法院通过繁简分流、优化办案节点等办法，让涉企案件的办理明显提速：</p>',
      '<ul><li>涉企民事案件审判周期：2016年平均83.6天，目前平均60.6天；</li>',
      '<li>涉企执行案件办案周期：2016年平均106.2天，目前平均54.1天。</li></ul>',
      '<p>立案环节也更方便了。涉企纠纷的当事人和代理人“最多跑一次”就能完成立案登记；在网上就能立案、缴费和开庭，外地的案子可以跨域立案，文书可以电子送达。全市还挂牌设立了88个诉源治理工作站，很多矛盾在基层就能调解化解。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-10-22T01:30:00.000Z',
    readCount: 742
  },
  {
    id: 'news-32',
    title: '“无事不扰”：联合检查和柔性执法怎么做',
    category: '政策解读',
    summary: '检查按计划、多部门一次进企，轻微违法首次可不罚，减少对正常经营的干扰。',
    html: [
      '<p>企业反映，过去不同部门隔三岔五上门检查，耽误生产。现在，市场监管领域坚持“计划外无检查”，多个部门的抽查合并成一次联合进企，这样的联合检查已做了96项。</p>',
      '<h3>柔性执法的四张清单</h3>',
      '<p>违法情节轻微、没有造成危害后果并及时改正的，按清单适用“轻微免罚”；初次违法并及时改正的，适用“首违不罚”。以教育提醒为主，不是一罚了之。</p>',
      '<h3>公平竞争审查</h3>',
      '<p>涉及经营主体的文件出台前要过公平竞争审查，已联合会审文件158个，其中1个因可能限制竞争被叫停，保障民营企业平等参与市场竞争。</p>',
      '<p>企业如认为遭遇重复检查或不合理执法，可以在小程序中投诉，投诉人身份只有管理人员可见。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-10-30T02:00:00.000Z',
    readCount: 653
  },
  {
    id: 'news-33',
    title: '大学生创业：意愿登记、专门窗口和全程代办',
    category: '营商动态',
    summary: '以高校为单位收集创业意愿，代办机构进校园，大学生注册公司有专窗、有专线。',
    html: [
      '<p>为了让在潭高校的毕业生更顺利地创业，市场监管部门联合高校和属地政府，分片分类建立了创业意愿信息库，线上线下已登记1349条创业意愿。</p>',
      '<p>有意向的同学可以得到创业项目指导，专利商标、科技项目、扶持政策、贷款等方面的问题都有人解答。业务熟练的代办机构走进校园，为大学生初创企业提供从注册到许可的全程帮代办；政务窗口也开设了大学生创业专窗和咨询专线，由专人办理注册许可和商标登记。</p>',
      '<p>公司注册完成后，可以在本小程序绑定企业，找到所在园区的企业管家。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-11-03T01:30:00.000Z',
    readCount: 521
  },
  {
    id: 'news-34',
    title: '他山之石｜长沙县：把政务服务搬到企业身边',
    category: '典型案例',
    summary: '10个企业服务驿站、两千多名网格员下沉，400多个事项就近能办，形成15分钟政务圈。',
    html: [
      '<p>长沙县在园区和创业基地设了10个企业服务驿站，例如三一云谷企业服务中心、新长海创业基地企业服务驿站，企业在楼下就能办事。县、镇、村、网格四级联动做帮代办，2047名网格员在各自网格里就近服务，400多个政务服务事项在家门口就能办，走15分钟就能找到办事的地方。</p>',
      '<p>下班后也能办：当地引入的自助政务终端，接入后可自助办理全国249个地区的600多个事项，后台工作人员还能通过视频远程指导。</p>',
      '<p>项目审批上，长沙县成立了投资项目一站式服务机构，把审批服务提前到招商阶段，并组建免费代办团队，审批时限整体压缩三成，工业投资项目审批控制在30个工作日以内。</p>',
      '<p><em>我市的做法：</em>各园区企业服务中心提供一站式办理和帮代办，企业也可以在小程序里直接联系自己的企业管家。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-11-07T02:00:00.000Z',
    readCount: 436
  },
  {
    id: 'news-35',
    title: '他山之石｜古丈：在外务工也能“云上”办事',
    category: '典型案例',
    summary: '帮代办人员在线上接单，已代办事项1026件，群众不用专程回乡跑窗口。',
    html: [
      '<p>湘西古丈县政务服务中心让党员和窗口骨干穿上“红马甲”，专门帮群众代办事项；大厅里有专门的帮代办咨询窗口，从办理指导、材料预审到跟踪落地全程陪同。</p>',
      '<p>他们还把帮代办搬到了线上。一位在深圳打工的古丈人需要办理医保费用退还，在手机上提交工单后，工作人员当即受理，通过电话沟通就帮他办完了，不用请假回乡。</p>',
      '<p>目前，这支队伍已帮群众代办事项1026件，解答咨询6300人次，还开通了预约办理、延时办理等服务。</p>',
      '<p><em>我市的做法：</em>在小程序“惠企服务”中选择帮代办事项提交申请，由企业管家或帮办人员全程跟进，进度可随时查看。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-11-13T01:00:00.000Z',
    readCount: 389
  },
  {
    id: 'news-36',
    title: '潭商讲堂上线：报名、签到、回放都在小程序',
    category: '营商动态',
    summary: '线上线下讲座统一报名，满员可候补，现场扫码签到，结束后能看回放、下课件、打分。',
    html: [
      '<p>“潭商讲堂”是面向我市企业的公益讲座和活动，内容涵盖政策申报、财税、融资、用工、知识产权等企业关心的话题，部分场次在线上举行。</p>',
      '<h3>怎么参加</h3>',
      '<ol><li>在首页点“潭商讲堂”，选择感兴趣的场次报名；名额满了可以候补，有人取消时按顺序递补，并发消息告诉您。</li>',
      '<li>开讲前一天会收到提醒。</li>',
      '<li>到场后扫描主办方展示的签到码完成签到；在电脑网页上可以输入签到码。</li>',
      '<li>讲座结束后可以观看回放、下载课件，并给本场打分。</li></ol>',
      '<p>听讲时有疑问，可以点“向讲师提问”，问题会作为一条咨询交给企业管家跟进，答复进度在“我的办件”里查看。</p>'
    ].join(''),
    by: 'city',
    publishedAt: '2026-11-14T02:00:00.000Z',
    readCount: 612
  },
  {
    id: 'news-37',
    title: '高新区早茶会：企业提的问题有了回音',
    category: '营商动态',
    summary: '上一期早茶会登记的问题已交相关部门限时办理，办理进度在小程序里可查。',
    html: [
      '<p>高新区管委会每月举办一次政企交流早茶会，每期邀请10家左右的园区企业，管委会负责人和相关部门边喝早茶边听企业谈经营中的难处。</p>',
      '<p>上一期早茶会上，企业集中反映了园区道路夜间照明、员工通勤班车和用电增容等问题。这些问题已逐条登记，交给对应部门限时办理，其中照明和班车线路调整已经完成，用电增容正在施工。</p>',
      '<p>下一期早茶会已在潭商讲堂开放报名，名额有限。没能到场的企业，也可以通过小程序“咨询”把问题交给企业管家。</p>'
    ].join(''),
    by: 'gaoxin',
    publishedAt: '2026-11-18T01:30:00.000Z',
    readCount: 205
  },
  {
    id: 'news-38',
    title: '企业管家的“五员”职责是什么',
    category: '政策解读',
    summary: '信息员、办事员、联络员、销售员、保障员：管家能帮企业做哪些事，一文说清。',
    html: [
      '<p>高新区每家企业都配有企业管家。借鉴省内园区的经验，管家的工作可以概括为“五员”：</p>',
      '<ul><li><strong>信息员</strong>：把新出台的惠企政策送到企业，收集企业的意见和诉求；</li>',
      '<li><strong>办事员</strong>：审批和各类涉企事项，能帮办的帮办，能代办的代办；</li>',
      '<li><strong>联络员</strong>：企业遇到需要多个部门配合的问题，由管家牵头联系协调；</li>',
      '<li><strong>销售员</strong>：帮企业推介产品，对接上下游和供需信息；</li>',
      '<li><strong>保障员</strong>：在用工、用地、用能等要素上协调保障，维护企业合法权益。</li></ul>',
      '<p>在小程序“管家团队”里可以看到每位管家履行的职责和擅长的领域。“我的管家”卡片上能一键咨询或拨打电话；如果觉得管家不合适，也可以申请更换。</p>'
    ].join(''),
    by: 'gaoxin',
    publishedAt: '2026-11-19T01:00:00.000Z',
    readCount: 167
  }
]

/** published items with fixed dates, like the older NEWS */
export const MORE_NEWS: NewsDoc[] = SEEDS.map((s) => toDoc(s, 'published', s.publishedAt))

/** one item scheduled by the 高新区 manager for 09:00 Beijing time three days after seeding */
export function buildScheduledNews(now: Date): NewsDoc[] {
  const dates = seedDates(now)
  const seed: NewsSeed = {
    id: 'news-39',
    title: '企业商圈供需信息发布指引',
    category: '营商动态',
    summary: '发布前要准备什么、哪些内容会被退回、对方怎样才能看到您的联系方式。',
    html: [
      '<p>企业商圈供园区企业发布供应、需求和合作信息。为了让信息真实有效、对接顺畅，请发布前留意以下几点：</p>',
      '<ol><li>写清楚产品或需求的规格、数量和交付要求，可配最多9张图片；</li>',
      '<li>选择合适的有效期，到期后信息自动下架，也可以随时在“我的发布”中关闭；</li>',
      '<li>每条信息都会经过内容安全检测，含有违法违规或诱导性内容的会被退回，存疑的交园区管理员审核；</li>',
      '<li>联系方式不会直接公开，对方提出联系申请、您同意后才能看到。</li></ol>',
      '<p>发现虚假或违规信息，请点“举报”，园区管理员会及时复核。</p>'
    ].join(''),
    by: 'gaoxin',
    publishedAt: dates.at(dates.day(3), '09:00'),
    readCount: 0
  }
  return [toDoc(seed, 'scheduled', now.toISOString())]
}
