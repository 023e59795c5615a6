/**
 * Payload schemas for every action (valibot). The router validates with them, forms
 * reuse them, and request types are inferred from them, so there is one definition.
 * Messages are Chinese because they reach the user as they are.
 */
import * as v from 'valibot'
import { checkCreditCode } from './creditCode'
import { CASE_CATEGORIES, MAX_CASE_ATTACHMENTS, RATING_LEVELS } from './cases'

const trimmed = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(`${label}格式不正确`),
    v.trim(),
    v.nonEmpty(`请填写${label}`),
    v.minLength(min, `${label}至少${min}个字`),
    v.maxLength(max, `${label}不能超过${max}个字`)
  )

const id = v.pipe(v.string('编号格式不正确'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

const pageFields = {
  page: v.optional(v.pipe(v.number('页码应为数字'), v.integer('页码应为整数'), v.minValue(1, '页码从1开始'), v.maxValue(10000, '页码过大')), 1),
  pageSize: v.optional(v.pipe(v.number('每页条数应为数字'), v.integer('每页条数应为整数'), v.minValue(1, '每页至少1条'), v.maxValue(50, '每页最多50条')), 10)
}

export const phoneSchema = v.pipe(v.string('手机号格式不正确'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '请填写11位手机号'))

export const creditCodeSchema = v.pipe(
  v.string('请填写统一社会信用代码'),
  v.transform((s) => s.replace(/\s+/g, '').toUpperCase()),
  v.check((s) => checkCreditCode(s).ok, (issue) => {
    const r = checkCreditCode(String(issue.input))
    return r.ok ? '' : r.message
  })
)

const attachment = v.object({
  fileID: v.pipe(v.string('附件格式不正确'), v.regex(/^cloud:\/\/[^\s]{3,300}$/, '附件格式不正确')),
  name: v.pipe(v.string('附件名称格式不正确'), v.trim(), v.nonEmpty('附件缺少名称'), v.maxLength(100, '附件名称不能超过100个字')),
  size: v.pipe(v.number('附件大小格式不正确'), v.integer('附件大小格式不正确'), v.minValue(0, '附件大小格式不正确')),
  kind: v.picklist(['image', 'file'], '附件类型不正确')
})

export const attachmentsSchema = v.optional(
  v.pipe(v.array(attachment, '附件格式不正确'), v.maxLength(MAX_CASE_ATTACHMENTS, `最多上传${MAX_CASE_ATTACHMENTS}个图片或文件`)),
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
  )
)

export const schemas = {
  'session.me': v.object({}),
  'account.bindEnterprise': v.object({
    name: trimmed('企业名称', 2, 60),
    creditCode: creditCodeSchema
  }),
  // destructive: the caller confirms explicitly, so no stray or replayed call unbinds
  'account.unbindEnterprise': v.object({ confirm: v.literal(true, '请确认解除绑定') }),
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
  'calendar.setYear': v.object({
    year: v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2020, '年份不正确'), v.maxValue(2100, '年份不正确')),
    holidays: v.pipe(v.array(ymd), v.maxLength(60, '放假日期过多')),
    workdays: v.pipe(v.array(ymd), v.maxLength(30, '调休上班日期过多'))
  })
} as const

export type ActionName = keyof typeof schemas
export type RequestOf<A extends ActionName> = v.InferInput<(typeof schemas)[A]>
export type ParsedRequestOf<A extends ActionName> = v.InferOutput<(typeof schemas)[A]>
