import type { SubscribeTemplateKey } from '../../../../../types'
import type { NotificationDoc } from '../docs'

/**
 * The fields each one-time template is expected to have in the mp console (the
 * template chosen there must use these keys; README, deployment). `thing` values are
 * limited to 20 characters by WeChat.
 */
export const TEMPLATE_FIELDS: Record<SubscribeTemplateKey, { title: string; body: string; time: string }> = {
  caseProgress: { title: 'thing1', body: 'thing2', time: 'time3' },
  rateReminder: { title: 'thing1', body: 'thing2', time: 'time3' },
  caseOverdue: { title: 'thing1', body: 'thing2', time: 'time3' }
}

const THING_MAX = 20

function thing(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length <= THING_MAX ? chars.join('') : chars.slice(0, THING_MAX - 1).join('') + '…'
}

/** '2026年11月20日 10:00' in Beijing time: the form WeChat documents for `time` fields */
function beijingMinute(iso: string): string {
  const [y, m, d, hm] = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/)!.slice(1)
  return `${y}年${Number(m)}月${Number(d)}日 ${hm}`
}

export function templateData(key: SubscribeTemplateKey, n: Pick<NotificationDoc, 'title' | 'body' | 'createdAt'>) {
  const f = TEMPLATE_FIELDS[key]
  return {
    [f.title]: { value: thing(n.title) },
    [f.body]: { value: thing(n.body) },
    [f.time]: { value: beijingMinute(n.createdAt) }
  }
}

/** subscribe messages take a page path without the leading slash */
export function messagePage(link: string): string {
  return link.replace(/^\/+/, '')
}
