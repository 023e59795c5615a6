/**
 * Payload schemas for every action (valibot). The router validates with them, forms
 * reuse them, and request types are inferred from them, so there is one definition.
 * Messages are Chinese because they reach the user as they are.
 */
import * as v from 'valibot'
import { attachmentSchema, creditCodeSchema, id, listOf, pageFields, phoneSchema, trimmed } from './fields'

export { attachmentSchema, creditCodeSchema, phoneSchema }

// A schema without a message of its own still answers in Chinese: the router hands issue
// messages to the user, and valibot's defaults are English ("Invalid key: Expected …").
v.setGlobalMessage((issue) => (issue.received === 'undefined' ? '提交的内容缺少必填项' : '提交的内容格式不正确'))
import { CASE_CATEGORIES, isAboutSteward, MAX_CASE_ATTACHMENTS, RATING_LEVELS } from './cases'
import { BENEFIT_TYPES, ENTERPRISE_SCALES, ENTERPRISE_TAGS, INDUSTRIES, POLICY_CATEGORIES, POLICY_LEVELS, REVENUE_BANDS } from './policies'
import { APPOINTMENT_KINDS, SERVICE_CATEGORIES, SERVICE_MODES } from './services'
import { lectureSchemas } from './lectureSchemas'
import { circleSchemas } from './circleSchemas'
import { stewardSchemas } from './stewardSchemas'
import { publishingSchemas } from './publishingSchemas'
import { membershipSchemas } from './membershipSchemas'
import { trustSchemas } from './trustSchemas'

export const attachmentsSchema = v.optional(
  v.pipe(v.array(attachmentSchema, '附件格式不正确'), v.maxLength(MAX_CASE_ATTACHMENTS, `最多上传${MAX_CASE_ATTACHMENTS}个图片或文件`)),
  []
)

/** a write on a case names the version it saw, so two people cannot both win */
const caseRef = {
  id,
  version: v.pipe(v.number('版本号格式不正确'), v.integer('版本号格式不正确'), v.minValue(0, '版本号格式不正确'))
}

const ymd = v.pipe(v.string('日期格式不正确'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'))
const workingDays = (label: string) =>
  v.pipe(v.number(`${label}应为数字`), v.integer(`${label}应为整数`), v.minValue(1, `${label}至少1个工作日`), v.maxValue(60, `${label}不能超过60个工作日`))
const typeDeadlines = (label: string) => v.object({ response: workingDays(`${label}首次响应时限`), resolve: workingDays(`${label}办结时限`) })

export const caseSubmitSchema = v.pipe(
  v.object({
    type: v.picklist(['consult', 'complaint'], '请选择咨询或投诉'),
    category: v.pipe(v.string('请选择类别'), v.nonEmpty('请选择类别')),
    text: trimmed('问题描述', 10, 1000),
    attachments: attachmentsSchema,
    /** a complaint about the enterprise's own steward; the server resolves who that is */
    aboutSteward: v.optional(v.boolean(), false)
  }),
  v.forward(
    v.check((c) => (CASE_CATEGORIES[c.type] as string[]).includes(c.category), '请选择类别'),
    ['category']
  ),
  v.forward(
    v.check((c) => c.type === 'complaint' || !c.aboutSteward, '只有投诉可以针对企业管家'),
    ['aboutSteward']
  ),
  // a 企业管家 complaint is always about the enterprise's own steward, whatever the switch said
  v.transform((c) => ({ ...c, aboutSteward: isAboutSteward(c) }))
)

const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}格式不正确`), v.trim(), v.maxLength(max, `${label}不能超过${max}个字`)), '')
const nullableYmd = v.nullable(ymd)
const count = (label: string) => v.pipe(v.number(`${label}应为数字`), v.integer(`${label}应为整数`), v.minValue(0, `${label}不能为负数`))
export const criteriaSchema = v.object({
  industries: v.optional(v.array(v.picklist(INDUSTRIES, '行业不存在'))),
  scales: v.optional(v.array(v.picklist(ENTERPRISE_SCALES, '企业规模不存在'))),
  parkIds: v.optional(v.array(id)),
  minYearsFounded: v.optional(count('成立年限')),
  maxYearsFounded: v.optional(count('成立年限')),
  minEmployees: v.optional(count('员工人数')),
  maxEmployees: v.optional(count('员工人数')),
  minRevenueWan: v.optional(count('营业收入')),
  maxRevenueWan: v.optional(count('营业收入')),
  requiredTags: v.optional(v.array(v.picklist(ENTERPRISE_TAGS, '企业标签不存在')))
})

/** everything a manager edits on a policy; also one row of a bulk import */
export const policyFieldsSchema = v.object({
  title: trimmed('政策标题', 4, 100),
  docNumber: optionalText('文号', 60),
  issuer: trimmed('发文单位', 2, 60),
  level: v.picklist(POLICY_LEVELS, '请选择政策层级'),
  categories: v.pipe(v.array(v.picklist(POLICY_CATEGORIES, '政策类别不存在'), '请选择政策类别'), v.minLength(1, '请至少选择一个政策类别'), v.maxLength(4, '政策类别最多4个')),
  benefitType: v.picklist(BENEFIT_TYPES, '请选择扶持方式'),
  exempt: v.optional(v.boolean(), false),
  summary: trimmed('政策摘要', 10, 300),
  /** rich text; sanitised on the server before it is stored */
  bodyHtml: v.pipe(v.string('正文格式不正确'), v.trim(), v.nonEmpty('请填写政策正文'), v.maxLength(100000, '正文过长')),
  interpretation: v.optional(v.nullable(v.object({ text: trimmed('政策解读', 2, 5000), videoUrl: v.nullable(v.pipe(v.string(), v.regex(/^(https:\/\/|cloud:\/\/)\S+$/, '视频地址应以 https:// 或 cloud:// 开头'))) })), null),
  attachments: listOf(v.object({ name: trimmed('附件名称', 1, 100), url: v.pipe(v.string(), v.regex(/^(https:\/\/|cloud:\/\/)\S+$/, '附件地址应以 https:// 或 cloud:// 开头')) }), '附件', 10),
  effectiveFrom: v.optional(nullableYmd, null),
  expiresOn: v.optional(nullableYmd, null),
  applyFrom: v.optional(nullableYmd, null),
  applyUntil: v.optional(nullableYmd, null),
  criteria: v.optional(criteriaSchema, {}),
  serviceId: v.optional(v.nullable(id), null)
})

export const profileSchema = v.object({
  industry: v.picklist(INDUSTRIES, '请选择所属行业'),
  scale: v.picklist(ENTERPRISE_SCALES, '请选择企业规模'),
  foundedOn: ymd,
  employees: v.nullable(v.pipe(v.number('员工人数应为数字'), v.integer('员工人数应为整数'), v.minValue(0, '员工人数不能为负数'), v.maxValue(1000000, '员工人数过大'))),
  revenueBand: v.nullable(v.picklist(REVENUE_BANDS.map((b) => b.key), '请选择营业收入区间')),
  tags: v.pipe(v.array(v.picklist(ENTERPRISE_TAGS, '企业标签不存在')), v.maxLength(ENTERPRISE_TAGS.length, '企业标签过多'))
})

export const schemas = {
  'session.me': v.object({}),
  'account.redeemInvite': v.object({
    code: v.pipe(v.string('请填写邀请码'), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{8}$/, '邀请码为8位字母或数字')),
    name: trimmed('姓名', 2, 20),
    phone: phoneSchema
  }),
  'account.updateProfile': v.object({
    name: trimmed('姓名', 2, 20),
    phone: v.union([v.literal(''), phoneSchema], '请填写11位手机号')
  }),
  'invite.create': v.object({
    role: v.picklist(['steward', 'manager'], '请选择角色'),
    parkId: v.nullable(id),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, '备注不能超过40个字')), '')
  }),
  'invite.list': v.object({ ...pageFields }),
  'invite.revoke': v.object({ code: v.pipe(v.string('请填写邀请码'), v.regex(/^[A-Z0-9]{8}$/, '邀请码为8位字母或数字')) }),
  'park.list': v.object({}),
  'news.list': v.object({
    category: v.optional(v.picklist(['营商动态', '典型案例', '政策解读'], '栏目不存在')),
    ...pageFields
  }),
  'news.get': v.object({ id }),
  'notice.list': v.object({ ...pageFields }),
  'notice.get': v.object({ id }),
  'home.feed': v.object({}),

  'case.submit': caseSubmitSchema,
  'case.mine': v.object({
    type: v.optional(v.picklist(['consult', 'complaint', 'service'], '类型不存在')),
    filter: v.optional(v.picklist(['all', 'active', 'toRate', 'done'], '筛选条件不存在'), 'all'),
    ...pageFields
  }),
  'case.inbox': v.object({
    type: v.optional(v.picklist(['consult', 'complaint', 'service'], '类型不存在')),
    filter: v.optional(v.picklist(['all', 'overdue', 'awaitingInfo'], '筛选条件不存在'), 'all'),
    ...pageFields
  }),
  'case.supervise': v.object({
    view: v.optional(v.picklist(['overdue', 'open', 'unassigned', 'review', 'all'], '视图不存在'), 'overdue'),
    type: v.optional(v.picklist(['consult', 'complaint', 'service'], '类型不存在')),
    ...pageFields
  }),
  'case.get': v.object({ id }),
  'case.assignees': v.object({ id }),
  'case.accept': v.object({ ...caseRef }),
  'case.reply': v.object({ ...caseRef, text: trimmed('答复内容', 2, 1000), attachments: attachmentsSchema }),
  'case.requestInfo': v.object({ ...caseRef, text: trimmed('需补充的内容', 2, 500) }),
  'case.supplement': v.object({ ...caseRef, text: trimmed('补充说明', 2, 1000), attachments: attachmentsSchema }),
  'case.transfer': v.object({ ...caseRef, toUserId: id, reason: trimmed('转办理由', 4, 200) }),
  'case.resolve': v.object({ ...caseRef, summary: trimmed('办结说明', 4, 1000) }),
  'case.withdraw': v.object({ ...caseRef, reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, '撤回原因不能超过200个字')), '') }),
  'case.rate': v.object({
    ...caseRef,
    level: v.picklist(RATING_LEVELS, '请选择满意程度'),
    tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(10, '标签格式不正确')), '标签格式不正确'), v.maxLength(5, '最多选择5个标签')), []),
    comment: v.optional(v.pipe(v.string('评价内容格式不正确'), v.trim(), v.maxLength(500, '评价内容不能超过500个字')), '')
  }),
  'case.assign': v.object({ ...caseRef, toUserId: id, note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, '交办说明不能超过200个字')), '') }),
  'case.press': v.object({ ...caseRef, note: trimmed('督办意见', 2, 200) }),
  'case.reviewReject': v.object({ ...caseRef, reason: trimmed('不予整改的理由', 4, 500) }),
  'case.reviewRectify': v.object({ ...caseRef, note: trimmed('问题认定（将匿名公示）', 4, 300) }),
  'case.revisit': v.object({ ...caseRef, note: trimmed('整改及回访情况（将匿名公示）', 4, 500) }),
  'steward.record': v.object({ stewardId: id }),
  'rectified.list': v.object({ ...pageFields }),

  'notification.list': v.object({ unreadOnly: v.optional(v.boolean(), false), ...pageFields }),
  'notification.unreadCount': v.object({}),
  'notification.markRead': v.object({ ids: v.optional(v.pipe(v.array(id), v.maxLength(100, '一次最多100条')), []), all: v.optional(v.boolean(), false) }),
  'subscription.templates': v.object({}),
  'subscription.record': v.object({
    accepted: v.pipe(v.array(v.picklist(['caseProgress', 'rateReminder', 'caseOverdue'], '订阅模板不存在')), v.maxLength(3, '订阅模板过多'))
  }),

  'settings.getDeadlines': v.object({}),
  'settings.setDeadlines': v.object({
    consult: typeDeadlines('咨询'),
    complaint: typeDeadlines('投诉'),
    service: typeDeadlines('服务申请'),
    rectify: workingDays('整改时限'),
    escalateToManagerAfter: workingDays('升级至园区的期限'),
    escalateToAdminAfter: workingDays('升级至市级的期限')
  }),
  'calendar.list': v.object({}),

  'policy.search': v.object({
    q: optionalText('搜索词', 40),
    categories: listOf(v.picklist(POLICY_CATEGORIES, '政策类别不存在'), '政策类别', 10),
    levels: listOf(v.picklist(POLICY_LEVELS, '政策层级不存在'), '政策层级', 5),
    industries: listOf(v.picklist(INDUSTRIES, '行业不存在'), '行业', 12),
    scales: listOf(v.picklist(ENTERPRISE_SCALES, '企业规模不存在'), '企业规模', 5),
    parkIds: listOf(id, '园区', 10),
    benefitTypes: listOf(v.picklist(BENEFIT_TYPES, '扶持方式不存在'), '扶持方式', 6),
    exemptOnly: v.optional(v.boolean(), false),
    includeExpired: v.optional(v.boolean(), false),
    sort: v.optional(v.picklist(['relevance', 'date'], '排序方式不存在'), 'relevance'),
    ...pageFields
  }),
  'policy.get': v.object({ id }),
  'policy.getMany': v.object({ ids: v.pipe(v.array(id, '政策编号格式不正确'), v.maxLength(20, '一次最多查询20项政策')) }),
  'policy.recommend': v.object({
    verdict: v.optional(v.picklist(['eligible', 'almost', 'ineligible'], '筛选条件不存在')),
    exemptOnly: v.optional(v.boolean(), false),
    ...pageFields
  }),
  'policy.favourite': v.object({ id, on: v.boolean('请指明收藏或取消') }),
  'policy.favourites': v.object({ ...pageFields }),
  'policy.follow': v.object({ category: v.picklist(POLICY_CATEGORIES, '政策类别不存在'), on: v.boolean('请指明关注或取消') }),
  'policy.following': v.object({}),
  'policy.calendar': v.object({}),
  'policy.manageList': v.object({
    editStatus: v.optional(v.picklist(['draft', 'published', 'withdrawn'], '状态不存在')),
    q: optionalText('搜索词', 40),
    ...pageFields
  }),
  'policy.save': v.object({ id: v.optional(id), fields: policyFieldsSchema }),
  'policy.publish': v.object({ id }),
  'policy.withdraw': v.object({ id, reason: trimmed('下架原因', 2, 200) }),
  'policy.pushPreview': v.object({ id }),
  'policy.push': v.object({ id, note: optionalText('推送说明', 100) }),
  'policy.import': v.object({
    format: v.picklist(['csv', 'json'], '仅支持 CSV 或 JSON 文件'),
    content: v.pipe(v.string('文件内容格式不正确'), v.nonEmpty('文件内容为空'), v.maxLength(2_000_000, '文件过大，请分批导入（每次不超过2MB）')),
    dryRun: v.optional(v.boolean(), false)
  }),
  'enterprise.profile': v.object({}),
  'enterprise.updateProfile': profileSchema,
  'enterprise.profileHistory': v.object({ ...pageFields }),

  'service.list': v.object({ category: v.optional(v.picklist(SERVICE_CATEGORIES, '服务类别不存在')), ...pageFields }),
  'service.get': v.object({ id }),
  'service.apply': v.object({
    serviceId: id,
    mode: v.picklist(SERVICE_MODES, '请选择办理方式'),
    text: trimmed('申请说明', 4, 1000),
    materials: v.pipe(
      v.array(v.object({ key: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}$/, '材料编号格式不正确')), files: v.pipe(attachmentsSchema, v.minLength(1, '请上传该项材料')) }), '材料格式不正确'),
      v.maxLength(20, '材料项过多')
    )
  }),
  'service.save': v.object({
    id: v.optional(id),
    name: trimmed('服务名称', 2, 40),
    category: v.picklist(SERVICE_CATEGORIES, '请选择服务类别'),
    department: trimmed('办理部门', 2, 60),
    promisedDays: v.pipe(v.number('承诺时限应为数字'), v.integer('承诺时限应为整数'), v.minValue(1, '承诺时限至少1个工作日'), v.maxValue(60, '承诺时限不能超过60个工作日')),
    fee: trimmed('收费标准', 1, 40),
    modes: v.pipe(v.array(v.picklist(SERVICE_MODES, '办理方式不存在')), v.minLength(1, '请至少选择一种办理方式')),
    summary: trimmed('服务简介', 4, 300),
    guide: v.pipe(v.array(trimmed('办事指南', 1, 500)), v.maxLength(20, '办事指南最多20段')),
    materials: v.pipe(
      v.array(v.object({ key: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}$/, '材料编号只能用小写字母、数字、-和_')), name: trimmed('材料名称', 2, 60), required: v.boolean(), note: optionalText('材料说明', 100) })),
      v.maxLength(20, '材料最多20项')
    ),
    policyIds: listOf(id, '关联政策', 20),
    active: v.optional(v.boolean(), true),
    /** null: city-level (city admin only); absent: a new service is the manager's park's (the admin's: city-level), an edit keeps its park */
    parkId: v.optional(v.nullable(id))
  }),
  'appointment.slots': v.object({ kind: v.optional(v.picklist(APPOINTMENT_KINDS, '预约类型不存在')), ...pageFields }),
  'appointment.book': v.object({ slotId: id, topic: trimmed('想沟通的问题', 4, 200) }),
  'appointment.cancel': v.object({ slotId: id }),
  'appointment.createSlot': v.object({
    kind: v.picklist(APPOINTMENT_KINDS, '请选择预约类型'),
    title: trimmed('活动名称', 4, 60),
    host: trimmed('接待人', 2, 60),
    place: trimmed('地点', 2, 100),
    startsAt: v.pipe(v.string('开始时间格式不正确'), v.isoTimestamp('开始时间格式不正确')),
    endsAt: v.pipe(v.string('结束时间格式不正确'), v.isoTimestamp('结束时间格式不正确')),
    capacity: v.pipe(v.number('名额应为数字'), v.integer('名额应为整数'), v.minValue(1, '名额至少为1'), v.maxValue(500, '名额不能超过500')),
    /** null: city-level (city admin only); absent: the manager's own park (the admin's: city-level) */
    parkId: v.optional(v.nullable(id))
  }),
  'calendar.setYear': v.object({
    year: v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2020, '年份不正确'), v.maxValue(2100, '年份不正确')),
    holidays: v.pipe(v.array(ymd), v.maxLength(60, '放假日期过多')),
    workdays: v.pipe(v.array(ymd), v.maxLength(30, '调休上班日期过多'))
  }),
  ...circleSchemas,
  ...lectureSchemas,
  ...stewardSchemas,
  ...publishingSchemas,
  ...membershipSchemas,
  ...trustSchemas
} as const

export type ActionName = keyof typeof schemas
export type RequestOf<A extends ActionName> = v.InferInput<(typeof schemas)[A]>
export type ParsedRequestOf<A extends ActionName> = v.InferOutput<(typeof schemas)[A]>
