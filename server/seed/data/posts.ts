/**
 * 企业商圈 demo: supply, demand and cooperation notes from the demo enterprises, written by
 * the project. Dates and validity are relative to the seeding moment. Most are published;
 * two wait in the moderation queue (one in 高新区, one in 雨湖高新区; the local word list
 * would hold them too), one was closed by its poster and one has run past its last day.
 * Contacts are fictional.
 */
import { addDays, beijingYmd } from '../../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { contactRequestId, type ContactRequestDoc, type PostDoc } from '../../../cloudfunctions/api/src/domain/circle/docs'
import type { PostIndustry, PostKind } from '../../../types'
import { member } from './people'

interface PostSeed {
  id: string
  /** the writer: a persona or member id */
  by: string
  kind: PostKind
  industry: PostIndustry
  title: string
  text: string
  contact: [name: string, phone: string]
  daysAgo: number
  validDays: number
  /** held for a manager: the words the checker matched */
  review?: string
  /** closed by the poster this many days ago */
  closedDaysAgo?: number
}

export const POST_SEEDS: PostSeed[] = [
  {
    id: 'seed-post-01',
    by: 'ent-owner-1',
    kind: 'supply',
    industry: '智能制造',
    title: '承接精密零部件数控加工',
    text: '我司有五轴加工中心12台、三坐标测量仪2台，可加工轴类、盘类和箱体类零件，尺寸公差可控制在±0.005毫米以内。支持按图纸或样件加工，小批量7个工作日左右交货；长期合作的客户可签年度框架协议，价格按批量阶梯核算。',
    contact: ['马俊杰', '13975208631'],
    daysAgo: 3.2,
    validDays: 60
  },
  {
    id: 'seed-post-02',
    by: 'ent-owner-1',
    kind: 'demand',
    industry: '智能制造',
    title: '采购机器人上下料工作站2套',
    text: '为两条数控加工线配套机器人上下料工作站，要求负载20公斤以上，带料仓和视觉定位，能与现有机床的控制系统通讯。请供应商提供方案、报价和同类项目案例，优先考虑省内有售后服务网点的单位。',
    contact: ['马俊杰', '13975208631'],
    daysAgo: 8.5,
    validDays: 30
  },
  {
    id: 'seed-post-03',
    by: 'm-03',
    kind: 'demand',
    industry: '新能源',
    title: '寻找风电塔筒法兰配套供应商',
    text: '风电装备生产线扩产，需要新增塔筒法兰合格供应商2家，规格为直径3米至5米的锻造法兰，年需求约600件。要求具备第三方探伤检测能力和质量追溯体系，可先小批量试供。欢迎省内锻造企业联系洽谈。',
    contact: ['黄志远', '18673204418'],
    daysAgo: 5.1,
    validDays: 45
  },
  {
    id: 'seed-post-04',
    by: 'm-04',
    kind: 'cooperation',
    industry: '新能源',
    title: '风电运维技术人员联合培养',
    text: '我们每年需要补充风电运维技术员30人左右，希望与本地职业院校或培训机构合作办订单班：企业提供实训设备和带教师傅，学员结业考核合格后优先录用。有意向的院校请与人力资源部联系。',
    contact: ['郭晓燕', '13787146290'],
    daysAgo: 12.3,
    validDays: 90
  },
  {
    id: 'seed-post-05',
    by: 'ent-owner-2',
    kind: 'supply',
    industry: '软件和信息服务',
    title: '为中小制造企业定制生产管理系统',
    text: '我们专做中小制造企业的生产管理软件：订单排产、车间报工、质量追溯、仓库扫码出入库都能覆盖，手机和平板上就能操作。可以先在一条产线试用一个月，效果满意再全面上线。本地团队，上门实施和培训不另收差旅费。',
    contact: ['钟雨桐', '18274309152'],
    daysAgo: 6.4,
    validDays: 60
  },
  {
    id: 'seed-post-06',
    by: 'ent-owner-2',
    kind: 'demand',
    industry: '软件和信息服务',
    title: '招募软件测试外包团队',
    text: '手上有两个工业软件项目进入验收阶段，需要一支3到5人的测试团队驻场配合约两个月，工作内容包括功能测试、接口测试和现场试运行记录。团队在湘潭或长株潭地区优先，按人月结算。',
    contact: ['覃文斌', '13627320478'],
    daysAgo: 1.6,
    validDays: 30
  },
  {
    id: 'seed-post-07',
    by: 'm-09',
    kind: 'demand',
    industry: '商贸服务',
    title: '便利店寻找本地特色食品货源',
    text: '小店开在岳塘区居民小区门口，想在收银台旁增设一组湘潭本地特色食品专柜，比如湘莲、酱板鸭、本地酱菜之类，可以进货也可以寄售。请食品企业或特产店联系，需要提供食品经营相关证照。',
    contact: ['何晓晴', '15973206625'],
    daysAgo: 9.7,
    validDays: 30
  },
  {
    id: 'seed-post-08',
    by: 'ent-owner-3',
    kind: 'supply',
    industry: '电子信息',
    title: '提供PCBA贴片加工和快速打样',
    text: '工厂有两条SMT贴片线，支持0201元件和BGA封装，配备AOI光学检测和X光检测设备。打样最快48小时出货，中小批量订单交期5至7天，可代购元器件。欢迎研发型企业来厂参观。',
    contact: ['黎晓东', '13170328851'],
    daysAgo: 4.2,
    validDays: 60
  },
  {
    id: 'seed-post-09',
    by: 'm-10',
    kind: 'demand',
    industry: '电子信息',
    title: '寻找贴片设备年度维保服务商',
    text: '公司现有贴片机4台、回流焊2台，需要一家能提供年度保养、故障4小时内响应的设备维保服务商，另需常用备件的本地库存。请附上服务内容清单和报价。',
    contact: ['龙海燕', '19873215036'],
    daysAgo: 15.5,
    validDays: 45
  },
  {
    id: 'seed-post-10',
    by: 'm-12',
    kind: 'supply',
    industry: '现代物流',
    title: '湘潭至长沙、株洲每日零担专线',
    text: '每天上午、下午各发一班往长沙、株洲的零担车，当日送达，可上门提货、代收货款。经开区内企业整月结算，货物全程可在线查询位置和签收情况，另提供货物保险。',
    contact: ['朱文静', '15292174836'],
    daysAgo: 2.3,
    validDays: 90
  },
  {
    id: 'seed-post-11',
    by: 'm-14',
    kind: 'supply',
    industry: '现代物流',
    title: '经开区常温仓库3000平方米出租',
    text: '自有常温仓库位于经开区，面积约3000平方米，层高9米，配备货架、叉车和消防喷淋系统，可以整租也可分区租用，最短租期3个月。仓储、分拣和配送可以打包服务，欢迎预约看库。',
    contact: ['石磊', '13874082265'],
    daysAgo: 20.4,
    validDays: 60
  },
  {
    id: 'seed-post-12',
    by: 'm-15',
    kind: 'supply',
    industry: '其他',
    title: '工业产品外观与结构设计',
    text: '团队专注工业产品设计，能做外观造型、结构设计、手板样机和小批量试制对接，做过电动工具、检测仪器和智能家居产品。可以先出概念方案再确定合作，设计周期一般为3到6周。',
    contact: ['蒋一帆', '17374219908'],
    daysAgo: 7.8,
    validDays: 90
  },
  {
    id: 'seed-post-13',
    by: 'm-16',
    kind: 'cooperation',
    industry: '智能制造',
    title: '寻找制造企业共建样机试制线',
    text: '我们每年承接的设计项目有三十多个，样机试制常需外协。想和园区内有钣金、注塑或数控加工能力的企业长期合作，设计和试制打包对外服务，订单分成方式可以面谈。',
    contact: ['温可欣', '18573226147'],
    daysAgo: 11.2,
    validDays: 120
  },
  {
    id: 'seed-post-14',
    by: 'm-17',
    kind: 'supply',
    industry: '新材料',
    title: '高导电铜杆及铜线坯料供应',
    text: '公司以再生铜为原料生产低氧光亮铜杆，导电率不低于101%IACS，常规规格直径8毫米，也可按需求定制。月产能稳定，可为线缆和电机企业长期供货，检测报告随货提供。',
    contact: ['谢国强', '13508423376'],
    daysAgo: 4.9,
    validDays: 90
  },
  {
    id: 'seed-post-15',
    by: 'm-18',
    kind: 'demand',
    industry: '新材料',
    title: '长期采购分类好的废杂铜原料',
    text: '因产能提升，需要长期稳定的废杂铜原料供应，要求来源合法、分类清楚，含铜量按批次抽检计价。供货单位须持有再生资源回收相关资质，运输车辆进厂须遵守环保管理要求。',
    contact: ['邹敏', '15807321609'],
    daysAgo: 13.6,
    validDays: 60
  },
  {
    id: 'seed-post-16',
    by: 'm-19',
    kind: 'cooperation',
    industry: '新材料',
    title: '与高校共建材料检测实验室',
    text: '公司技术中心有导电性能、力学性能和金相分析等检测设备，想与在潭高校的材料学院共建联合实验室：学校派研究生参与课题，企业开放设备并提供应用场景，成果共同申报专利。',
    contact: ['廖志斌', '18692158043'],
    daysAgo: 22.5,
    validDays: 150
  },
  {
    id: 'seed-post-17',
    by: 'm-21',
    kind: 'demand',
    industry: '生物医药',
    title: '寻找洁净车间改造施工单位',
    text: '计划将一处约800平方米的车间改造为D级洁净区，包括空调净化、彩钢板隔断、纯化水管路和环境监测系统。要求施工单位有同类医药项目业绩，能配合完成验证文件。请在本月内提交初步方案。',
    contact: ['任家豪', '15573201284'],
    daysAgo: 3.8,
    validDays: 30
  },
  {
    id: 'seed-post-18',
    by: 'm-20',
    kind: 'cooperation',
    industry: '生物医药',
    title: '中药材种植基地订单合作',
    text: '我们需要稳定的玉竹、黄精等药材原料，愿与县里的合作社或种植大户签订订单：提前约定收购标准和保底价格，企业提供种苗建议和采收指导。欢迎实地考察公司生产线。',
    contact: ['汤若琳', '13467324590'],
    daysAgo: 17.4,
    validDays: 120
  },
  {
    id: 'seed-post-19',
    by: 'm-23',
    kind: 'supply',
    industry: '农业食品',
    title: '湘莲和即食莲子羹批发',
    text: '自有湘莲种植和加工基地，供应通心白莲、莲子羹罐头、冻干莲子羹等产品，可贴牌加工。已取得食品生产许可和出口备案，适合商超、电商和礼品渠道。样品可免费寄送。',
    contact: ['唐秀英', '18075213397'],
    daysAgo: 5.6,
    validDays: 90
  },
  {
    id: 'seed-post-20',
    by: 'm-24',
    kind: 'demand',
    industry: '农业食品',
    title: '采购食品级包装袋和瓦楞纸箱',
    text: '年需求食品级复合包装袋约200万个、瓦楞纸箱约30万个，须提供检测报告，印刷图案由我方提供。供应商最好在湘潭或周边，能做到一周内补货。',
    contact: ['贺明亮', '15200863471'],
    daysAgo: 10.2,
    validDays: 45
  },
  {
    id: 'seed-post-21',
    by: 'm-25',
    kind: 'supply',
    industry: '农业食品',
    title: '湘潭特产礼盒，可定制企业年货',
    text: '小店经营湘莲、莲子糕和湘潭本地干货，可以按企业预算搭配年货礼盒，印企业标识，易俗河镇内免费送货，外地可发快递。量大的单位提前半个月预订即可。',
    contact: ['陈芳', '17607325580'],
    daysAgo: 1.2,
    validDays: 60
  },
  {
    id: 'seed-post-22',
    by: 'm-05',
    kind: 'supply',
    industry: '新能源',
    title: '风电叶片无损检测服务对外开放',
    text: '公司叶片检测中心配有超声和红外热成像检测设备，在满足自用的同时对外提供叶片、复合材料部件的无损检测服务，出具检测报告。可派人到风场现场检测。',
    contact: ['袁海波', '15386231957'],
    daysAgo: 14.1,
    validDays: 90
  },
  {
    id: 'seed-post-23',
    by: 'm-11',
    kind: 'cooperation',
    industry: '电子信息',
    title: '联合研发车载电子控制板',
    text: '我们有车规级电子的贴片和测试能力，正在寻找汽车零部件企业一起开发车载控制板，从方案评审、样板试制到小批量验证全程配合，适合正在做电动化改型的整车配套企业。',
    contact: ['黎晓东', '13170328851'],
    daysAgo: 0.7,
    validDays: 60
  },
  {
    id: 'seed-post-24',
    by: 'm-20',
    kind: 'cooperation',
    industry: '生物医药',
    title: '中药保健茶招募区域代理',
    text: '新推出的中药保健茶面向全省招募区域代理，代理商稳赚不赔，首批进货即可享受高额回报，名额有限。',
    contact: ['汤若琳', '13467324590'],
    daysAgo: 0.4,
    validDays: 30,
    review: '稳赚、高额回报'
  },
  {
    id: 'seed-post-25',
    by: 'm-09',
    kind: 'cooperation',
    industry: '商贸服务',
    title: '社区团购招募小区团长',
    text: '小店开通了社区团购，想在岳塘区周边小区招募团长，负责接龙下单和到店取货，每单都有佣金，详情加微信沟通。',
    contact: ['何晓晴', '15973206625'],
    daysAgo: 0.9,
    validDays: 30,
    review: '加微信'
  },
  {
    id: 'seed-post-26',
    by: 'ent-owner-1',
    kind: 'supply',
    industry: '智能制造',
    title: '转让二手卧式加工中心1台',
    text: '因产线升级，转让卧式加工中心1台，2017年购入，工作台尺寸630毫米，精度保持良好，有完整维保记录。可来厂试机，价格面议。',
    contact: ['孙丽萍', '15116237705'],
    daysAgo: 26.3,
    validDays: 60,
    closedDaysAgo: 9
  },
  {
    id: 'seed-post-27',
    by: 'm-22',
    kind: 'cooperation',
    industry: '农业食品',
    title: '端午礼盒代加工合作',
    text: '端午前后礼盒订单集中，生产线可以腾出部分产能，为食品企业代加工莲子、粽子类礼盒，原料可由我方代采，包装按客户设计。',
    contact: ['曹建军', '13807326612'],
    daysAgo: 55,
    validDays: 30
  }
]

interface RequestSeed {
  post: string
  from: string
  message: string
  daysAgo: number
  /** answered (accepted) this many days ago; absent: still pending */
  acceptedDaysAgo?: number
}

/** contact requests on posts of ent-03 and ent-06 only (ent-01's posts have none) */
const REQUEST_SEEDS: RequestSeed[] = [
  { post: 'seed-post-05', from: 'm-17', message: '我们车间想上一套报工和质量追溯系统，方便约个时间上门介绍吗？', daysAgo: 1.3 },
  { post: 'seed-post-05', from: 'm-22', message: '莲子加工线想做批次追溯，想了解一下试用的安排。', daysAgo: 4.1, acceptedDaysAgo: 3.9 },
  { post: 'seed-post-08', from: 'm-03', message: '有一批控制板需要打样，想了解交期和价格。', daysAgo: 2.2 }
]

const iso = (now: Date, daysAgo: number) => new Date(now.getTime() - Math.round(daysAgo * 86_400_000)).toISOString()

export function buildPosts(now: Date): { posts: PostDoc[]; contacts: ContactRequestDoc[] } {
  const posts = POST_SEEDS.map((s): PostDoc => {
    const who = member(s.by)
    const createdAt = iso(now, s.daysAgo)
    const reviewing = s.review !== undefined
    const closedAt = s.closedDaysAgo !== undefined ? iso(now, s.closedDaysAgo) : null
    return {
      _id: s.id,
      kind: s.kind,
      industry: s.industry,
      title: s.title,
      text: s.text,
      images: [],
      contactName: s.contact[0],
      contactPhone: s.contact[1],
      enterpriseId: who.enterpriseId,
      enterpriseName: who.enterpriseName,
      parkId: who.parkId,
      parkName: who.parkName,
      authorId: who.userId,
      authorName: who.name,
      status: reviewing ? 'reviewing' : closedAt ? 'closed' : 'published',
      validUntil: addDays(beijingYmd(new Date(createdAt)), s.validDays),
      createdAt,
      updatedAt: closedAt ?? createdAt,
      publishedAt: reviewing ? null : createdAt,
      moderation: { result: reviewing ? 'review' : 'pass', reason: s.review ?? null, at: createdAt, byId: null, byName: '内容安全检测' },
      reportCount: 0,
      openReports: 0
    }
  })
  const byId = new Map(posts.map((p) => [p._id, p]))
  const contacts = REQUEST_SEEDS.map((r): ContactRequestDoc => {
    const post = byId.get(r.post)
    if (!post) throw new Error(`contact request on an unknown post: ${r.post}`)
    const who = member(r.from)
    const accepted = r.acceptedDaysAgo !== undefined
    return {
      _id: contactRequestId(post._id, who.userId),
      postId: post._id,
      postTitle: post.title,
      posterEnterpriseId: post.enterpriseId,
      posterId: post.authorId,
      requesterId: who.userId,
      requesterName: who.name,
      requesterEnterpriseId: who.enterpriseId,
      requesterEnterpriseName: who.enterpriseName,
      message: r.message,
      state: accepted ? 'accepted' : 'pending',
      createdAt: iso(now, r.daysAgo),
      answeredAt: accepted ? iso(now, r.acceptedDaysAgo as number) : null,
      answeredById: accepted ? post.authorId : null
    }
  })
  return { posts, contacts }
}
