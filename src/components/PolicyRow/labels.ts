import { POLICY_STATUS_LABELS, type ApplicationWindow, type PolicyStatus } from '../../../types'

/** colour of a tag: brand blue, urgent red/orange, done grey, or the 免申即享 green */
export type TagTone = 'active' | 'wait' | 'warn' | 'done' | 'ok'

export interface TagLabel {
  text: string
  tone: TagTone
}

/** the application window as one tag, e.g. "申报中 · 剩12天"; null when the policy has no window */
export function windowLabel(w: ApplicationWindow): TagLabel | null {
  switch (w.state) {
    case 'open':
      if (w.daysLeft === null) return { text: '申报中', tone: 'active' }
      if (w.daysLeft <= 0) return { text: '申报中 · 今天截止', tone: 'warn' }
      return { text: `申报中 · 剩${w.daysLeft}天`, tone: w.daysLeft <= 7 ? 'warn' : 'active' }
    case 'upcoming':
      return { text: w.daysLeft ? `${w.daysLeft}天后开始申报` : '即将开始申报', tone: 'wait' }
    case 'closed':
      return { text: '申报已截止', tone: 'done' }
    default:
      return null
  }
}

const STATUS_TONES: Record<PolicyStatus, TagTone> = { not_yet: 'wait', in_force: 'ok', expiring: 'warn', expired: 'done' }

export function statusLabel(status: PolicyStatus): TagLabel {
  return { text: POLICY_STATUS_LABELS[status], tone: STATUS_TONES[status] }
}

/** days until a Beijing date as people say it: 今天截止 / 剩3天 / 已截止 */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return '已截止'
  return daysLeft === 0 ? '今天截止' : `剩${daysLeft}天`
}
