/**
 * Payload schemas for 潭商讲堂, spread into `schemas` by schemas.ts; the shared field
 * schemas come from fields.ts.
 */
import * as v from 'valibot'
import { id, pageFields, trimmed } from './fields'
import { LECTURE_CHECKIN_CODE_PATTERN, LECTURE_MODES } from './lectures'

const url = (label: string) => v.pipe(v.string(`${label}格式不正确`), v.trim(), v.regex(/^(https:\/\/|cloud:\/\/)\S{3,500}$/, `${label}应以 https:// 或 cloud:// 开头`))
const instant = (label: string) => v.pipe(v.string(`${label}格式不正确`), v.isoTimestamp(`${label}格式不正确`))

export const lectureFieldsSchema = v.pipe(
  v.object({
    title: trimmed('讲座名称', 4, 60),
    speaker: trimmed('主讲人', 2, 30),
    speakerTitle: trimmed('主讲人职务', 2, 60),
    mode: v.picklist(LECTURE_MODES, '请选择线上或线下'),
    place: trimmed('地点或平台', 2, 100),
    startsAt: instant('开始时间'),
    endsAt: instant('结束时间'),
    capacity: v.pipe(v.number('名额应为数字'), v.integer('名额应为整数'), v.minValue(1, '名额至少为1'), v.maxValue(2000, '名额不能超过2000')),
    cover: v.optional(v.nullable(url('封面地址')), null),
    intro: v.pipe(v.array(trimmed('讲座介绍', 1, 1000), '讲座介绍格式不正确'), v.minLength(1, '请填写讲座介绍'), v.maxLength(20, '讲座介绍最多20段')),
    replayUrl: v.optional(v.nullable(url('回放地址')), null),
    slides: v.optional(
      v.pipe(v.array(v.object({ name: trimmed('课件名称', 1, 100), url: url('课件地址') }), '课件格式不正确'), v.maxLength(10, '课件最多10个')),
      []
    )
  }),
  v.forward(
    v.check((f) => Date.parse(f.endsAt) > Date.parse(f.startsAt), '结束时间应晚于开始时间'),
    ['endsAt']
  ),
  v.forward(
    v.check((f) => Date.parse(f.endsAt) - Date.parse(f.startsAt) <= 3 * 24 * 3600 * 1000, '讲座时长不能超过3天'),
    ['endsAt']
  )
)

export const lectureSchemas = {
  'lecture.list': v.object({
    when: v.optional(v.picklist(['upcoming', 'past'], '筛选条件不存在'), 'upcoming'),
    /** only lectures the caller signed up for (not cancelled) */
    mine: v.optional(v.boolean(), false),
    ...pageFields
  }),
  'lecture.get': v.object({ id }),
  'lecture.signup': v.object({ id }),
  'lecture.cancel': v.object({ id }),
  'lecture.checkin': v.object({
    id,
    code: v.pipe(v.string('请填写签到码'), v.trim(), v.toUpperCase(), v.regex(LECTURE_CHECKIN_CODE_PATTERN, '签到码为6位字母或数字'))
  }),
  'lecture.rate': v.object({
    id,
    score: v.pipe(v.number('请选择评分'), v.integer('评分应为1到5的整数'), v.minValue(1, '评分应为1到5分'), v.maxValue(5, '评分应为1到5分')),
    comment: v.optional(v.pipe(v.string('评价内容格式不正确'), v.trim(), v.maxLength(300, '评价内容不能超过300个字')), '')
  }),
  'lecture.ask': v.object({ id, text: trimmed('提问内容', 5, 800) }),
  'lecture.save': v.object({ id: v.optional(id), fields: lectureFieldsSchema }),
  'lecture.signups': v.object({
    id,
    state: v.optional(v.picklist(['confirmed', 'waitlisted', 'cancelled'], '报名状态不存在')),
    ...pageFields
  }),
  'lecture.export': v.object({ id })
} as const
