/** Payload schemas of the membership actions (spread into `schemas` in schemas.ts). */
import * as v from 'valibot'
import { id, pageFields, trimmed } from './fields'
import { attachmentSchema, creditCodeSchema } from './fields'
import { MEMBER_INVITE_CODE_PATTERN } from './membership'

const memberInviteCode = v.pipe(
  v.string('请填写邀请码'),
  v.trim(),
  v.toUpperCase(),
  v.regex(MEMBER_INVITE_CODE_PATTERN, '企业邀请码为10位字母或数字')
)

export const membershipApplySchema = v.pipe(
  v.object({
    name: trimmed('企业名称', 2, 60),
    creditCode: creditCodeSchema,
    capacity: v.picklist(['legalRep', 'authorised'], '请选择申请身份'),
    licence: v.nullish(attachmentSchema, null),
    authorisation: v.nullish(attachmentSchema, null)
  }),
  v.forward(
    v.check((a) => a.licence !== null, '请上传营业执照照片'),
    ['licence']
  ),
  v.forward(
    v.check((a) => a.capacity === 'legalRep' || a.authorisation !== null, '请上传加盖公章的授权委托书'),
    ['authorisation']
  )
)

export const membershipSchemas = {
  'membership.apply': membershipApplySchema,
  'membership.withdraw': v.object({}),
  // destructive: the caller confirms explicitly, so no stray or replayed call leaves
  'membership.leave': v.object({ confirm: v.literal(true, '请确认退出企业') }),
  'membership.queue': v.object({
    status: v.optional(v.picklist(['pending', 'decided'], '筛选条件格式不正确'), 'pending'),
    ...pageFields
  }),
  'membership.counts': v.object({}),
  'membership.get': v.object({ id }),
  'membership.approve': v.object({ id }),
  'membership.reject': v.object({ id, reason: trimmed('不通过的原因', 4, 200) }),
  'membership.members': v.object({ enterpriseId: v.optional(id) }),
  'membership.remove': v.object({ id, reason: v.optional(v.pipe(v.string('原因格式不正确'), v.trim(), v.maxLength(200, '原因不能超过200个字')), '') }),
  'membership.setAdmin': v.object({ id, admin: v.boolean('请指明设为或取消管理员') }),
  'membership.createInvite': v.object({ note: v.optional(v.pipe(v.string('备注格式不正确'), v.trim(), v.maxLength(40, '备注不能超过40个字')), '') }),
  'membership.invites': v.object({ ...pageFields }),
  'membership.revokeInvite': v.object({ code: memberInviteCode }),
  'membership.redeem': v.object({ code: memberInviteCode }),
  'membership.licenseAuth': v.object({
    /** what the platform's authorisation returns to the page; verified on the server through the port */
    authCode: v.pipe(v.string('授权结果格式不正确'), v.trim(), v.nonEmpty('授权结果为空'), v.maxLength(512, '授权结果格式不正确'))
  })
} as const
