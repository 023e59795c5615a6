/**
 * Payload schemas for 营商动态 management and targeted notices. Kept apart from
 * schemas.ts, which spreads them in; the few primitives are repeated here rather than
 * imported because schemas.ts imports this file.
 */
import * as v from 'valibot'
import { NEWS_CATEGORIES } from './entities'
import { INDUSTRIES } from './policies'
import { MAX_NOTICE_ENTERPRISES, NEWS_STATUSES, NOTICE_AUDIENCE_KINDS } from './publishing'

const id = v.pipe(v.string('编号格式不正确'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

const pageFields = {
  page: v.optional(v.pipe(v.number('页码应为数字'), v.integer('页码应为整数'), v.minValue(1, '页码从1开始'), v.maxValue(10000, '页码过大')), 1),
  pageSize: v.optional(v.pipe(v.number('每页条数应为数字'), v.integer('每页条数应为整数'), v.minValue(1, '每页至少1条'), v.maxValue(50, '每页最多50条')), 10)
}

const trimmed = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(`${label}格式不正确`),
    v.trim(),
    v.nonEmpty(`请填写${label}`),
    v.minLength(min, `${label}至少${min}个字`),
    v.maxLength(max, `${label}不能超过${max}个字`)
  )

const listOf = <T extends v.GenericSchema>(item: T, label: string, max: number) =>
  v.optional(v.pipe(v.array(item, `${label}格式不正确`), v.maxLength(max, `${label}最多${max}项`)), [])

/** the cover: an uploaded image (cloud:// fileID) or an https address; '' = none */
const cover = v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^(cloud|https):\/\/[^\s"'<>]{3,300}$/, '封面图片地址不正确'))], '封面图片地址不正确'), '')

export const newsFieldsSchema = v.object({
  id: v.optional(id),
  title: trimmed('标题', 4, 60),
  category: v.picklist(NEWS_CATEGORIES, '请选择栏目'),
  summary: trimmed('摘要', 4, 120),
  /** rich text or plain paragraphs; sanitised on the server before it is stored */
  bodyHtml: v.pipe(v.string('正文格式不正确'), v.trim(), v.nonEmpty('请填写正文'), v.maxLength(50000, '正文过长')),
  cover,
  source: trimmed('来源', 2, 40),
  /** schedule: the instant it goes public; null = published only with news.publish */
  publishAt: v.optional(v.nullable(v.pipe(v.string('定时发布时间格式不正确'), v.isoTimestamp('定时发布时间格式不正确'))), null)
})

export const noticeAudienceSchema = v.pipe(
  v.object({
    kind: v.picklist(NOTICE_AUDIENCE_KINDS, '请选择通知对象'),
    parkIds: listOf(id, '园区', 20),
    industries: listOf(v.picklist(INDUSTRIES, '行业不存在'), '行业', INDUSTRIES.length),
    enterpriseIds: listOf(id, '企业', MAX_NOTICE_ENTERPRISES)
  }),
  v.forward(v.check((a) => a.kind !== 'parks' || a.parkIds.length > 0, '请至少选择一个园区'), ['parkIds']),
  v.forward(v.check((a) => a.kind !== 'industries' || a.industries.length > 0, '请至少选择一个行业'), ['industries']),
  v.forward(v.check((a) => a.kind !== 'enterprises' || a.enterpriseIds.length > 0, '请至少选择一家企业'), ['enterpriseIds'])
)

export const noticeFieldsSchema = v.object({
  id: v.optional(id),
  title: trimmed('通知标题', 4, 60),
  /** plain text, shown as paragraphs, never as HTML */
  body: trimmed('通知内容', 10, 2000),
  urgent: v.optional(v.boolean('请选择是否紧急'), false),
  audience: noticeAudienceSchema
})

export const publishingSchemas = {
  'news.manageList': v.object({ status: v.optional(v.picklist(NEWS_STATUSES, '状态不存在')), ...pageFields }),
  'news.manageGet': v.object({ id }),
  'news.save': newsFieldsSchema,
  'news.publish': v.object({ id }),
  'news.unpublish': v.object({ id }),
  'notice.manageList': v.object({ status: v.optional(v.picklist(['draft', 'published'], '状态不存在')), ...pageFields }),
  'notice.manageGet': v.object({ id }),
  'notice.save': noticeFieldsSchema,
  'notice.publish': v.object({ id }),
  'notice.previewAudience': v.object({ audience: noticeAudienceSchema }),
  'notice.stats': v.object({ id }),
  'notice.enterprises': v.object({
    q: v.optional(v.pipe(v.string('搜索词格式不正确'), v.trim(), v.maxLength(40, '搜索词不能超过40个字')), ''),
    ...pageFields
  })
} as const
