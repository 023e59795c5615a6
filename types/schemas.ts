/**
 * Payload schemas for every action (valibot). The router validates with them, forms
 * reuse them, and request types are inferred from them, so there is one definition.
 * Messages are Chinese because they reach the user as they are.
 */
import * as v from 'valibot'
import { checkCreditCode } from './creditCode'

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
  'home.feed': v.object({})
} as const

export type ActionName = keyof typeof schemas
export type RequestOf<A extends ActionName> = v.InferInput<(typeof schemas)[A]>
export type ParsedRequestOf<A extends ActionName> = v.InferOutput<(typeof schemas)[A]>
