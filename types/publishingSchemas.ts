/**
 * Payload schemas for 营商动态 management and targeted notices, spread into `schemas`
 * by schemas.ts; the shared field schemas come from fields.ts.
 */
import * as v from 'valibot'
import { id, listOf, pageFields, trimmed } from './fields'
import { NEWS_CATEGORIES } from './entities'
import { INDUSTRIES } from './policies'
import { MAX_NOTICE_ENTERPRISES, NEWS_STATUSES, NOTICE_AUDIENCE_KINDS } from './publishing'

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
