/**
 * Demo cases for the seeded personas, in several states of the closed loop. Each is
 * played through the real case engine (so numbers, deadlines, history and
 * notifications are what the app itself would write), at times relative to the
 * moment of seeding. Ids are fixed: a case that already exists is left alone.
 */
import type { CaseType, RatingLevel, SubscribeTemplateKey } from '../../../types'
import type { Database } from '../../../cloudfunctions/api/src/db/port'
import { loadCaller } from '../../../cloudfunctions/api/src/domain/accounts'
import {
  acceptCase,
  createCase,
  rateCase,
  replyCase,
  requestInfo,
  resolveCase,
  reviewRectify,
  revisitCase
} from '../../../cloudfunctions/api/src/domain/cases'
import type { ActionContext, Messenger } from '../../../cloudfunctions/api/src/domain/context'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { PERSONAS } from './personas'
import { wordListChecker } from '../../contentCheck/wordListChecker'

type Move =
  | { do: 'accept' }
  | { do: 'reply'; text: string }
  | { do: 'requestInfo'; text: string }
  | { do: 'resolve'; summary: string }
  | { do: 'rate'; level: RatingLevel; tags?: string[]; comment?: string }
  | { do: 'reviewRectify'; note: string }
  | { do: 'revisit'; note: string }

type Step = Move & { by: string; hoursAgo: number }

export interface DemoCase {
  id: string
  /** persona id of the submitter */
  by: string
  hoursAgo: number
  type: CaseType
  category: string
  text: string
  aboutSteward?: boolean
  steps: Step[]
}

export const DEMO_CASES: DemoCase[] = [
  {
    id: 'seed-case-01',
    by: 'ent-owner-1',
    hoursAgo: 3,
    type: 'consult',
    category: '政策咨询',
    text: '我们今年研发投入增长较快，想申报高新技术企业认定。请问知识产权和研发费用占比有什么硬性要求？需要提前准备哪些材料？',
    steps: []
  },
  {
    id: 'seed-case-02',
    by: 'ent-owner-1',
    hoursAgo: 50,
    type: 'consult',
    category: '融资信贷',
    text: '公司接了一批出口订单，原材料采购资金有缺口，想了解园区有没有面向中小制造企业的贷款贴息或担保政策。',
    steps: [
      { by: 'steward-li', hoursAgo: 48, do: 'accept' },
      { by: 'steward-li', hoursAgo: 47, do: 'reply', text: '周总好，园区目前有“技改贷”贴息和市融资担保公司的担保产品，具体额度要看订单和纳税情况。' },
      { by: 'steward-li', hoursAgo: 47, do: 'requestInfo', text: '麻烦提供近两年的纳税证明和这批订单的合同扫描件，我帮您先和合作银行预审。' }
    ]
  },
  {
    id: 'seed-case-03',
    by: 'ent-owner-1',
    hoursAgo: 150,
    type: 'consult',
    category: '用工人才',
    text: '车间需要招十几名数控操作工，想问园区近期有没有招聘会，以及新招员工的岗前培训能不能申请补贴。',
    steps: []
  },
  {
    id: 'seed-case-04',
    by: 'ent-owner-2',
    hoursAgo: 120,
    type: 'consult',
    category: '办事指南',
    text: '公司准备从岳塘区迁到高新区新办公楼，工商注册地址变更和税务迁移要跑几个部门？能不能一次办完？',
    steps: [
      { by: 'steward-wang', hoursAgo: 118, do: 'accept' },
      { by: 'steward-wang', hoursAgo: 100, do: 'reply', text: '刘总好，地址变更可以在政务服务中心“企业变更一件事”窗口一次提交，税务迁移同步办理，我把材料清单发您。' },
      { by: 'steward-wang', hoursAgo: 30, do: 'resolve', summary: '已陪同企业在政务服务中心一次办结地址变更和税务迁移，新执照已领取。' }
    ]
  },
  {
    id: 'seed-case-05',
    by: 'ent-owner-1',
    hoursAgo: 240,
    type: 'consult',
    category: '知识产权',
    text: '我们有两项实用新型专利快到期了，想了解续费流程，另外发明专利申请有没有资助？',
    steps: [
      { by: 'steward-li', hoursAgo: 239, do: 'accept' },
      { by: 'steward-li', hoursAgo: 236, do: 'reply', text: '专利年费可以在国家知识产权局网站缴纳，发明专利授权后可以申请市里的资助，我把申报通知转给您。' },
      { by: 'steward-li', hoursAgo: 200, do: 'resolve', summary: '已告知年费缴纳方式和发明专利资助申报时间，企业已完成续费。' },
      { by: 'ent-owner-1', hoursAgo: 190, do: 'rate', level: '非常满意', tags: ['响应及时', '解答专业'], comment: '李管家回复很快，讲得很清楚。' }
    ]
  },
  {
    id: 'seed-case-06',
    by: 'ent-owner-2',
    hoursAgo: 400,
    type: 'consult',
    category: '项目建设',
    text: '我们租的厂房要做消防改造，想知道施工图审查和消防验收的办理时限，能否并联办理以免耽误投产。',
    steps: [
      { by: 'steward-wang', hoursAgo: 398, do: 'accept' },
      { by: 'steward-wang', hoursAgo: 380, do: 'resolve', summary: '已把住建部门的办事指南链接发给企业。' },
      { by: 'ent-owner-2', hoursAgo: 370, do: 'rate', level: '不满意', tags: ['答非所问', '问题未解决'], comment: '只发了链接，没有回答能否并联办理。' },
      { by: 'manager-gaoxin', hoursAgo: 360, do: 'reviewRectify', note: '办结时只转发了办事指南链接，没有回答企业最关心的并联审批问题。' },
      { by: 'steward-wang', hoursAgo: 300, do: 'revisit', note: '协调住建和消防部门开展并联审查，上门讲解时间安排，企业确认可按期投产。' },
      { by: 'ent-owner-2', hoursAgo: 290, do: 'rate', level: '满意', tags: ['办理高效'], comment: '第二次跟进很到位。' }
    ]
  },
  {
    id: 'seed-case-07',
    by: 'ent-owner-2',
    hoursAgo: 100,
    type: 'consult',
    category: '政策咨询',
    text: '软件企业增值税即征即退的政策今年还执行吗？我们去年的退税申请一直没有结果。',
    steps: [
      { by: 'steward-wang', hoursAgo: 99, do: 'accept' },
      { by: 'steward-wang', hoursAgo: 50, do: 'resolve', summary: '政策继续执行，已请企业自行向税务局查询去年申请的进度。' },
      { by: 'ent-owner-2', hoursAgo: 20, do: 'rate', level: '非常不满意', tags: ['推诿扯皮'], comment: '让我们自己去查，等于没有处理。' }
    ]
  },
  {
    id: 'seed-case-08',
    by: 'ent-owner-3',
    hoursAgo: 30,
    type: 'complaint',
    category: '企业管家',
    aboutSteward: true,
    text: '两周前反映的园区道路货车限行影响送货的问题，管家说会协调，之后一直没有回音，电话也很难打通。',
    steps: [
      { by: 'admin-city', hoursAgo: 28, do: 'accept' },
      { by: 'admin-city', hoursAgo: 27, do: 'reply', text: '谭总您好，已收到您的投诉，我们正在核实情况，并同时联系交警部门了解限行调整的可能。' }
    ]
  },
  {
    id: 'seed-case-09',
    by: 'ent-owner-3',
    hoursAgo: 5,
    type: 'consult',
    category: '其他',
    text: '园区下个月的企业早餐会还有名额吗？我们想当面反映一下物流园配套的问题。',
    steps: []
  }
]

const noMessenger: Messenger = {
  templates: { caseProgress: '', rateReminder: '', caseOverdue: '' } satisfies Record<SubscribeTemplateKey, string>,
  send: async () => undefined
}

async function contextFor(db: Database, personaId: string, at: Date): Promise<ActionContext> {
  const persona = PERSONAS.find((p) => p.id === personaId)
  if (!persona) throw new Error(`demo case refers to an unknown persona: ${personaId}`)
  return { db, caller: await loadCaller(db, persona.openid), clock: { now: () => at }, devMode: true, messenger: noMessenger, contentCheck: wordListChecker(), licenseAuthority: { available: false, verify: async () => null }, ip: null }
}

function play(ctx: ActionContext, ref: { id: string; version: number }, move: Move) {
  switch (move.do) {
    case 'accept':
      return acceptCase(ctx, ref)
    case 'reply':
      return replyCase(ctx, { ...ref, text: move.text, attachments: [] })
    case 'requestInfo':
      return requestInfo(ctx, { ...ref, text: move.text })
    case 'resolve':
      return resolveCase(ctx, { ...ref, summary: move.summary })
    case 'rate':
      return rateCase(ctx, { ...ref, level: move.level, tags: move.tags ?? [], comment: move.comment ?? '' })
    case 'reviewRectify':
      return reviewRectify(ctx, { ...ref, note: move.note })
    case 'revisit':
      return revisitCase(ctx, { ...ref, note: move.note })
  }
}

export async function seedDemoCases(db: Database, now: Date): Promise<void> {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600_000)
  for (const script of DEMO_CASES) {
    const { data } = await db.collection(COLLECTIONS.cases).doc(script.id).get()
    if (data) continue
    const submitCtx = await contextFor(db, script.by, at(script.hoursAgo))
    let { version } = await createCase(submitCtx, {
      id: script.id,
      type: script.type,
      category: script.category,
      text: script.text,
      attachments: [],
      aboutSteward: script.aboutSteward
    })
    for (const step of script.steps) {
      const detail = await play(await contextFor(db, step.by, at(step.hoursAgo)), { id: script.id, version }, step)
      version = detail.version
    }
  }
}
