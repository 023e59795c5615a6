import * as v from 'valibot'
import { schemas, type DeadlineSettings } from '../../../../types'

/** the form's values: one string per setting, keyed by its path ('consult.response') */
export type DeadlineValues = Record<string, string>

export const DEADLINE_GROUPS: Array<{ title: string; fields: Array<{ path: string; label: string }> }> = [
  {
    title: '办理时限',
    fields: [
      { path: 'consult.response', label: '咨询 · 首次响应' },
      { path: 'consult.resolve', label: '咨询 · 办结' },
      { path: 'complaint.response', label: '投诉 · 首次响应' },
      { path: 'complaint.resolve', label: '投诉 · 办结' },
      { path: 'service.response', label: '服务申请 · 首次响应' },
      { path: 'service.resolve', label: '服务申请 · 办结' },
      { path: 'rectify', label: '差评整改' }
    ]
  },
  {
    title: '超期升级',
    fields: [
      { path: 'escalateToManagerAfter', label: '超期后升级至园区管理员' },
      { path: 'escalateToAdminAfter', label: '超期后升级至市级管理员' }
    ]
  }
]

const PATHS = DEADLINE_GROUPS.flatMap((g) => g.fields.map((f) => f.path))

export function toValues(s: DeadlineSettings): DeadlineValues {
  const out: DeadlineValues = {}
  for (const path of PATHS) {
    const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s)
    out[path] = String(value)
  }
  return out
}

/** '' stays NaN so that the schema says 应为数字 rather than guessing a number */
export function toSettings(values: DeadlineValues): DeadlineSettings {
  const out: Record<string, unknown> = {}
  for (const path of PATHS) {
    const raw = (values[path] ?? '').trim()
    const n = raw === '' ? Number.NaN : Number(raw)
    const [a, b] = path.split('.')
    if (b) out[a] = { ...(out[a] as object), [b]: n }
    else out[a] = n
  }
  return out as unknown as DeadlineSettings
}

const TYPE_LABELS: Array<['consult' | 'complaint' | 'service', string]> = [
  ['consult', '咨询'],
  ['complaint', '投诉'],
  ['service', '服务申请']
]

/**
 * The first message per setting: the shared schema's, then the rules between settings that
 * the server checks too (domain/calendar/settings.ts), in its words, so saving never fails
 * on something the form let through.
 */
export function deadlineErrors(values: DeadlineValues): Record<string, string> {
  const settings = toSettings(values)
  const out: Record<string, string> = {}
  const result = v.safeParse(schemas['settings.setDeadlines'], settings)
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((p) => String(p.key)).join('.')
      if (!(path in out)) out[path] = issue.message
    }
  }
  for (const [type, label] of TYPE_LABELS) {
    const { response, resolve } = settings[type]
    if (!out[`${type}.response`] && !out[`${type}.resolve`] && response > resolve) out[`${type}.response`] = `${label}首次响应时限不能长于办结时限`
  }
  if (!out.escalateToAdminAfter && !out.escalateToManagerAfter && settings.escalateToAdminAfter <= settings.escalateToManagerAfter) {
    out.escalateToAdminAfter = '升级至市级的期限应长于升级至园区的期限'
  }
  return out
}
