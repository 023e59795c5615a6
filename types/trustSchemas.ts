/** Payload schemas of the rate-limit settings (spread into `schemas` in schemas.ts). */
import * as v from 'valibot'

const limit = (label: string, max: number) =>
  v.pipe(v.number(`${label}应为数字`), v.integer(`${label}应为整数`), v.minValue(1, `${label}至少为1`), v.maxValue(max, `${label}不能超过${max}`))

const rule = v.object({
  perAccount: limit('每个账号的次数', 10000),
  perIp: limit('每个IP的次数', 100000),
  windowSeconds: limit('统计时段（秒）', 86400)
})

export const trustSchemas = {
  'settings.getRateLimits': v.object({}),
  'settings.setRateLimits': v.object({
    case: rule,
    post: rule,
    report: rule,
    upload: rule,
    signup: rule,
    membership: rule,
    write: rule
  })
} as const
