import * as v from 'valibot'
import { RATE_LIMIT_CLASSES, schemas, type RateLimitClass, type RateLimitRule, type RateLimitSettings } from '../../../../types'

/** the form's values: one string per setting, keyed by its path ('case.perAccount') */
export type LimitValues = Record<string, string>

export const RULE_FIELDS: Array<{ key: keyof RateLimitRule; label: string; unit: string }> = [
  { key: 'perAccount', label: '每个账号', unit: '次' },
  { key: 'perIp', label: '每个IP', unit: '次' },
  { key: 'windowSeconds', label: '统计时段', unit: '秒' }
]

const path = (cls: RateLimitClass, key: keyof RateLimitRule) => `${cls}.${key}`

export function toValues(s: RateLimitSettings): LimitValues {
  const out: LimitValues = {}
  for (const cls of RATE_LIMIT_CLASSES) for (const f of RULE_FIELDS) out[path(cls, f.key)] = String(s[cls][f.key])
  return out
}

/** '' stays NaN so that the schema says 应为数字 rather than guessing a number */
export function toSettings(values: LimitValues): RateLimitSettings {
  const out = {} as Record<RateLimitClass, Record<string, number>>
  for (const cls of RATE_LIMIT_CLASSES) {
    out[cls] = {}
    for (const f of RULE_FIELDS) {
      const raw = (values[path(cls, f.key)] ?? '').trim()
      out[cls][f.key] = raw === '' ? Number.NaN : Number(raw)
    }
  }
  return out as unknown as RateLimitSettings
}

/** "60 秒" reads better as "1 分钟": a hint under the window field */
export function windowHint(seconds: string): string {
  const n = Number(seconds)
  if (!Number.isInteger(n) || n <= 0) return ''
  if (n % 3600 === 0) return `即 ${n / 3600} 小时`
  if (n % 60 === 0) return `即 ${n / 60} 分钟`
  return ''
}

/**
 * The first message per setting: the shared schema's, then the rule the server checks too
 * (limits/settings.ts), in its words, so saving never fails on something the form let through.
 */
export function limitErrors(values: LimitValues): Record<string, string> {
  const settings = toSettings(values)
  const out: Record<string, string> = {}
  const result = v.safeParse(schemas['settings.setRateLimits'], settings)
  if (!result.success) {
    for (const issue of result.issues) {
      const p = (issue.path ?? []).map((x) => String(x.key)).join('.')
      if (!(p in out)) out[p] = issue.message
    }
  }
  for (const cls of RATE_LIMIT_CLASSES) {
    const ip = path(cls, 'perIp')
    if (!out[ip] && !out[path(cls, 'perAccount')] && settings[cls].perIp < settings[cls].perAccount) out[ip] = '每个IP的次数不能少于每个账号的次数'
  }
  return out
}
