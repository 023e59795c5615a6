/**
 * What a running deadline says to a person: the time left or the time past, in plain
 * wall-clock units. The deadline itself was counted in working days by the server.
 */
import { DEADLINE_LABELS, type CaseDeadline } from '../../types'

const MINUTE = 60 * 1000
/** under this much time left the countdown turns red */
export const URGENT_WITHIN_MS = 4 * 60 * MINUTE

export interface CountdownView {
  /** e.g. 办结时限 */
  label: string
  /** e.g. 剩余2天3小时, 剩余45分钟, 已超期1天2小时 */
  text: string
  overdue: boolean
  /** overdue, or less than four hours left */
  urgent: boolean
}

/** 2天3小时 / 3小时5分钟 / 45分钟 (zero parts dropped: 2天, 3小时) */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes))
  const days = Math.floor(m / 1440)
  const hours = Math.floor((m % 1440) / 60)
  const mins = m % 60
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`
  if (hours > 0) return mins > 0 ? `${hours}小时${mins}分钟` : `${hours}小时`
  return `${mins}分钟`
}

export function countdown(deadline: CaseDeadline, now: number): CountdownView {
  const due = Date.parse(deadline.dueAt)
  const label = `${DEADLINE_LABELS[deadline.kind]}时限`
  if (Number.isNaN(due)) return { label, text: deadline.overdue ? '已超期' : '', overdue: deadline.overdue, urgent: deadline.overdue }
  const left = due - now
  if (left > 0 && !deadline.overdue) {
    // round up what is left, so the last seconds read 剩余1分钟 rather than 剩余0分钟
    const minutes = Math.ceil(left / MINUTE)
    return { label, text: `剩余${formatDuration(minutes)}`, overdue: false, urgent: left < URGENT_WITHIN_MS }
  }
  // the server already saw it overdue while this device's clock lags: say so without a wrong figure
  if (left > 0) return { label, text: '已超期', overdue: true, urgent: true }
  const past = Math.floor(-left / MINUTE)
  return { label, text: past < 1 ? '刚刚超期' : `已超期${formatDuration(past)}`, overdue: true, urgent: true }
}
