/**
 * Payload schemas for 企业商圈, spread into `schemas` by schemas.ts; the shared field
 * schemas come from fields.ts.
 */
import * as v from 'valibot'
import { id, pageFields, trimmed } from './fields'
import { INDUSTRIES } from './policies'
import { MAX_POST_IMAGES, POST_KINDS, POST_STATUSES, POST_VALID_DAYS } from './circle'

/** the attachment shape of schemas.ts (so client Attachment values fit); images only is checked on the list */
const image = v.object({
  fileID: v.pipe(v.string('图片格式不正确'), v.regex(/^cloud:\/\/[^\s]{3,300}$/, '图片格式不正确')),
  name: v.pipe(v.string('图片名称格式不正确'), v.trim(), v.nonEmpty('图片缺少名称'), v.maxLength(100, '图片名称不能超过100个字')),
  size: v.pipe(v.number('图片大小格式不正确'), v.integer('图片大小格式不正确'), v.minValue(0, '图片大小格式不正确')),
  kind: v.picklist(['image', 'file'], '图片格式不正确')
})

export const postFieldsSchema = v.object({
  kind: v.picklist(POST_KINDS, '请选择供应、需求或合作'),
  industry: v.picklist(INDUSTRIES, '请选择行业'),
  title: trimmed('标题', 4, 40),
  text: trimmed('详细说明', 10, 1000),
  images: v.optional(
    v.pipe(
      v.array(image, '图片格式不正确'),
      v.maxLength(MAX_POST_IMAGES, `最多上传${MAX_POST_IMAGES}张图片`),
      v.check((list) => list.every((a) => a.kind === 'image'), '只能上传图片')
    ),
    []
  ),
  validDays: v.optional(
    v.pipe(
      v.number('有效期应为数字'),
      v.integer('有效期应为整数天'),
      v.minValue(POST_VALID_DAYS.min, `有效期至少${POST_VALID_DAYS.min}天`),
      v.maxValue(POST_VALID_DAYS.max, `有效期不能超过${POST_VALID_DAYS.max}天`)
    ),
    POST_VALID_DAYS.default
  ),
  contactName: trimmed('联系人', 2, 20),
  contactPhone: v.pipe(
    v.string('联系电话格式不正确'),
    v.trim(),
    // a mobile, or a landline with area code (e.g. 0731-12345678)
    v.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写11位手机号或带区号的固定电话')
  )
})

export const circleSchemas = {
  'post.list': v.object({
    kind: v.optional(v.picklist(POST_KINDS, '类型不存在')),
    industry: v.optional(v.picklist(INDUSTRIES, '行业不存在')),
    parkId: v.optional(id),
    q: v.optional(v.pipe(v.string('搜索词格式不正确'), v.trim(), v.maxLength(40, '搜索词不能超过40个字')), ''),
    ...pageFields
  }),
  'post.get': v.object({ id }),
  'post.create': postFieldsSchema,
  'post.update': v.object({ id, ...postFieldsSchema.entries }),
  'post.close': v.object({ id }),
  'post.mine': v.object({ status: v.optional(v.picklist(POST_STATUSES, '状态不存在')), ...pageFields }),
  'post.requestContact': v.object({ id, message: trimmed('留言', 2, 200) }),
  'post.contactRequests': v.object({ state: v.optional(v.picklist(['pending', 'accepted', 'declined'], '状态不存在')), ...pageFields }),
  'post.answerContact': v.object({ requestId: id, accept: v.boolean('请选择同意或拒绝') }),
  'post.report': v.object({ id, reason: trimmed('举报理由', 2, 200) }),
  'post.moderationQueue': v.object({ ...pageFields }),
  'post.moderate': v.pipe(
    v.object({
      id,
      decision: v.picklist(['approve', 'reject'], '请选择通过或驳回'),
      reason: v.optional(v.pipe(v.string('理由格式不正确'), v.trim(), v.maxLength(200, '理由不能超过200个字')), '')
    }),
    // the poster reads the reason, so a rejection must give one
    v.forward(
      v.check((m) => m.decision === 'approve' || m.reason.length >= 2, '驳回时请填写理由（至少2个字）'),
      ['reason']
    )
  )
} as const
