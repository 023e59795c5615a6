/** Payload schemas of the 管家团队 actions (spread into `schemas` in schemas.ts). */
import * as v from 'valibot'
import { id, pageFields, trimmed } from './fields'
import { MAX_ASSIGN_BATCH, MAX_STEWARD_EXPERTISE, STEWARD_DUTIES } from './stewards'

const { page, pageSize } = pageFields
const searchText = v.optional(v.pipe(v.string('搜索词格式不正确'), v.trim(), v.maxLength(20, '搜索词不能超过20个字')), '')

export const stewardCardSchema = v.object({
  title: trimmed('职务', 2, 20),
  department: trimmed('所在单位', 2, 40),
  duties: v.pipe(
    v.array(v.picklist(STEWARD_DUTIES, '职责不存在'), '请选择履行的职责'),
    v.minLength(1, '请至少选择一项职责'),
    v.check((list) => new Set(list).size === list.length, '职责不能重复')
  ),
  expertise: v.pipe(
    v.array(trimmed('擅长领域', 1, 12), '擅长领域格式不正确'),
    v.maxLength(MAX_STEWARD_EXPERTISE, `擅长领域最多${MAX_STEWARD_EXPERTISE}项`),
    v.check((list) => new Set(list).size === list.length, '擅长领域不能重复')
  ),
  photo: v.nullable(v.pipe(v.string('照片格式不正确'), v.regex(/^cloud:\/\/[^\s]{3,300}$/, '照片格式不正确')))
})

export const stewardAssignSchema = v.object({
  stewardId: id,
  enterpriseIds: v.pipe(
    v.array(id, '请选择企业'),
    v.minLength(1, '请至少选择一家企业'),
    v.maxLength(MAX_ASSIGN_BATCH, `一次最多指派${MAX_ASSIGN_BATCH}家企业`),
    v.check((list) => new Set(list).size === list.length, '所选企业有重复')
  ),
  reason: trimmed('指派原因', 2, 200)
})

export const stewardSchemas = {
  'steward.list': v.object({
    parkId: v.optional(id),
    duty: v.optional(v.picklist(STEWARD_DUTIES, '职责不存在')),
    q: searchText,
    page,
    pageSize
  }),
  'steward.get': v.object({ id }),
  'steward.mine': v.object({}),
  'steward.updateCard': stewardCardSchema,
  'steward.assign': stewardAssignSchema,
  'steward.assignments': v.object({ enterpriseId: v.optional(id), stewardId: v.optional(id), page, pageSize }),
  'steward.enterprises': v.object({
    parkId: v.optional(id),
    q: searchText,
    unassignedOnly: v.optional(v.boolean('筛选条件格式不正确'), false),
    page,
    pageSize
  }),
  'steward.requestChange': v.object({ reason: trimmed('更换原因', 10, 500) })
} as const
