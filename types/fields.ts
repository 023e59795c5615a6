/**
 * The small field schemas every payload schema is built from. A module of its own, so
 * schemas.ts and the per-area schema files (which schemas.ts spreads in) share them
 * without importing each other.
 */
import * as v from 'valibot'
import { checkCreditCode } from './creditCode'

/** free text typed by a user: trimmed, required, with a length window */
export const trimmed = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(`${label}格式不正确`),
    v.trim(),
    v.nonEmpty(`请填写${label}`),
    v.minLength(min, `${label}至少${min}个字`),
    v.maxLength(max, `${label}不能超过${max}个字`)
  )

export const id = v.pipe(v.string('编号格式不正确'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

export const pageFields = {
  page: v.optional(v.pipe(v.number('页码应为数字'), v.integer('页码应为整数'), v.minValue(1, '页码从1开始'), v.maxValue(10000, '页码过大')), 1),
  pageSize: v.optional(v.pipe(v.number('每页条数应为数字'), v.integer('每页条数应为整数'), v.minValue(1, '每页至少1条'), v.maxValue(50, '每页最多50条')), 10),
  /** the previous page's nextCursor (lists that can go deep); page numbers still work for shallow pages */
  cursor: v.optional(v.pipe(v.string('翻页位置格式不正确'), v.maxLength(400, '翻页位置格式不正确')))
}

export const listOf = <T extends v.GenericSchema>(item: T, label: string, max: number) =>
  v.optional(v.pipe(v.array(item, `${label}格式不正确`), v.maxLength(max, `${label}最多${max}项`)), [])

export const phoneSchema = v.pipe(v.string('手机号格式不正确'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '请填写11位手机号'))

export const creditCodeSchema = v.pipe(
  v.string('请填写统一社会信用代码'),
  v.transform((s) => s.replace(/\s+/g, '').toUpperCase()),
  v.check((s) => checkCreditCode(s).ok, (issue) => {
    const r = checkCreditCode(String(issue.input))
    return r.ok ? '' : r.message
  })
)

export const attachmentSchema = v.object({
  fileID: v.pipe(v.string('附件格式不正确'), v.regex(/^cloud:\/\/[^\s]{3,300}$/, '附件格式不正确')),
  name: v.pipe(v.string('附件名称格式不正确'), v.trim(), v.nonEmpty('附件缺少名称'), v.maxLength(100, '附件名称不能超过100个字')),
  size: v.pipe(v.number('附件大小格式不正确'), v.integer('附件大小格式不正确'), v.minValue(0, '附件大小格式不正确')),
  kind: v.picklist(['image', 'file'], '附件类型不正确')
})
