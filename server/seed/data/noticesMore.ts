/**
 * Targeted notices, as the publishing console sends them: to industries (city-wide or in
 * one park), to a park, to named enterprises. The 高新区 manager's carry his park
 * (ownerParkId) so he sees them, with their 送达 / 已读 counts, in his console. Dates,
 * places and arrangements are fictional. Delivery is recorded as finished; the seeder
 * writes each recipient's notification (see deliverSeedNotices in community.ts).
 */
import type { NoticeDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { industryKey } from '../../../cloudfunctions/api/src/domain/publishing/visibility'
import { ENTERPRISES } from './enterprises'
import { person } from './people'

const CENTRE = '市优化营商环境协调事务中心'

interface NoticeSeed {
  id: string
  title: string
  body: string
  urgent: boolean
  publishedAt: string
  by: 'city' | 'gaoxin'
  audience: { kind: 'parks'; parkIds: string[] } | { kind: 'industries'; parkIds: string[]; industries: string[] } | { kind: 'enterprises'; enterpriseIds: string[] }
}

const SEEDS: NoticeSeed[] = [
  {
    id: 'notice-09',
    title: '制造业企业明年设备更新项目摸底',
    body: '为做好明年设备更新和技术改造项目的储备，请全市智能制造、新能源、新材料行业的企业于12月10日前，在小程序“咨询”中选择“其他”类别，简要填写拟实施项目的名称、投资额和计划开工时间。各园区企业管家将逐家联系，帮助企业梳理可以申报的支持政策，并提前准备申报材料。',
    urgent: false,
    publishedAt: '2026-11-23T01:30:00.000Z',
    by: 'city',
    audience: { kind: 'industries', parkIds: [], industries: ['智能制造', '新能源', '新材料'] }
  },
  {
    id: 'notice-10',
    title: '高新区软件和电子信息企业数据安全自查提醒',
    body: '年底前，请园区软件和信息服务、电子信息企业对照数据安全管理要求完成一次自查，重点检查服务器和云上账号的权限设置、重要数据的备份情况，以及员工离职时账号是否及时停用。自查中遇到的问题可以联系企业管家，园区将邀请专业机构提供免费咨询。',
    urgent: false,
    publishedAt: '2026-11-17T02:00:00.000Z',
    by: 'gaoxin',
    audience: { kind: 'industries', parkIds: ['park-gaoxin'], industries: ['软件和信息服务', '电子信息'] }
  },
  {
    id: 'notice-11',
    title: '高新区政企交流早茶会开放报名',
    body: '本期政企交流早茶会以“年底用电用工保障”为主题，管委会负责人和供电、人社部门到场，与企业面对面交流。每家企业限1人，共10个名额，请在小程序“潭商讲堂”中找到“政企交流早茶会·高新区专场”报名。报名后可先在“咨询”中写下想反映的问题，方便相关部门带着答复来。',
    urgent: false,
    publishedAt: '2026-11-22T00:30:00.000Z',
    by: 'gaoxin',
    audience: { kind: 'parks', parkIds: ['park-gaoxin'] }
  },
  {
    id: 'notice-12',
    title: '重点企业冬季用电保障座谈会通知',
    body: '为保障冬季用电高峰期间重点企业的正常生产，定于12月8日（星期二）9:30在雨湖高新区鹤岭园企业服务中心召开用电保障座谈会，供电公司和园区相关负责人参加。请被通知企业安排分管生产或设备的负责人参会，并提前梳理本企业冬季用电负荷和检修计划。',
    urgent: false,
    publishedAt: '2026-11-24T01:00:00.000Z',
    by: 'city',
    audience: { kind: 'enterprises', enterpriseIds: ['ent-09', 'ent-10', 'ent-11'] }
  },
  {
    id: 'notice-13',
    title: '天易经开区食品企业年货季质量安全提示',
    body: '年货销售旺季将至，请园区食品生产和经营企业做好原料进货查验、生产过程记录和出厂检验，礼盒产品的标签要标注完整。市场监管部门将在12月开展抽检。需要了解标签规范或办理生产许可变更的企业，可联系企业管家预约辅导。',
    urgent: false,
    publishedAt: '2026-11-20T07:00:00.000Z',
    by: 'city',
    audience: { kind: 'industries', parkIds: ['park-tianyi'], industries: ['农业食品'] }
  }
]

type Stored = Pick<NoticeDoc, 'audience' | 'parkIds' | 'industries' | 'industryKeys' | 'enterpriseIds'>

/** the stored audience fields, as normalizeAudience writes them */
function stored(a: NoticeSeed['audience']): Stored {
  const none = { parkIds: [] as string[], industries: [] as string[], industryKeys: [] as string[], enterpriseIds: [] as string[] }
  switch (a.kind) {
    case 'parks':
      return { audience: 'parks', ...none, parkIds: a.parkIds }
    case 'industries': {
      const industryKeys = a.parkIds.length === 0 ? a.industries.map((i) => industryKey(null, i)) : a.parkIds.flatMap((p) => a.industries.map((i) => industryKey(p, i)))
      return { audience: 'industries', ...none, parkIds: a.parkIds, industries: a.industries, industryKeys }
    }
    case 'enterprises':
      return { audience: 'enterprises', ...none, enterpriseIds: a.enterpriseIds }
  }
}

/** the demo enterprises a stored audience reaches (the last one is the finished delivery's cursor) */
export function seedAudience(a: Stored): string[] {
  return ENTERPRISES.filter((e) => {
    switch (a.audience) {
      case 'city':
        return true
      case 'parks':
        return a.parkIds.includes(e.parkId)
      case 'industries':
        return (a.industries ?? []).includes(e.industry) && (a.parkIds.length === 0 || a.parkIds.includes(e.parkId))
      case 'enterprises':
        return (a.enterpriseIds ?? []).includes(e._id)
    }
  })
    .map((e) => e._id)
    .sort()
}

export const MORE_NOTICES: NoticeDoc[] = SEEDS.map((s) => {
  const author = person(s.by === 'gaoxin' ? 'manager-gaoxin' : 'admin-city')
  const audience = stored(s.audience)
  const createdAt = new Date(Date.parse(s.publishedAt) - 3_600_000).toISOString()
  return {
    _id: s.id,
    title: s.title,
    body: s.body,
    ...audience,
    urgent: s.urgent,
    publishedAt: s.publishedAt,
    // what publisherName() gives: the park's name, or the centre for the city admin
    publisherName: s.by === 'gaoxin' ? '湘潭高新区' : CENTRE,
    status: 'published',
    ownerParkId: s.by === 'gaoxin' ? 'park-gaoxin' : null,
    createdById: author.userId,
    createdByName: author.name,
    createdAt,
    updatedAt: s.publishedAt,
    delivery: { state: 'done', cursor: seedAudience(audience).slice(-1)[0] ?? '', startedAt: s.publishedAt, finishedAt: s.publishedAt }
  }
})
