/**
 * The news editor's values: the cover as an uploaded image, the schedule as a Beijing day
 * and clock time (turned into a UTC instant whatever the device's zone).
 */
import { schemas, type Attachment, type ManagedNews, type NewsCategory, type Request } from '../../../../types'
import { fieldErrors } from '../../../utils/validate'
import { toBeijing } from '../../../utils/time'

export interface NewsValues {
  title: string
  category: NewsCategory | ''
  summary: string
  bodyHtml: string
  source: string
  /** at most one image */
  cover: Attachment[]
  schedule: boolean
  /** 'YYYY-MM-DD', Beijing */
  date: string
  /** 'HH:mm', Beijing */
  time: string
}

export const EMPTY_NEWS: NewsValues = { title: '', category: '', summary: '', bodyHtml: '', source: '', cover: [], schedule: false, date: '', time: '09:00' }

/** Beijing day + clock time → ISO instant in UTC (China keeps UTC+8 all year) */
export function beijingInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]) - 8, Number(t[2]))
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

const coverOf = (url: string): Attachment[] => (url ? [{ fileID: url, name: '封面图片', size: 0, kind: 'image' }] : [])

export function fromNews(n: ManagedNews): NewsValues {
  const at = n.status === 'scheduled' ? toBeijing(n.publishAt) : null
  return {
    title: n.title,
    category: n.category,
    summary: n.summary,
    bodyHtml: n.bodyHtml ?? n.body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('\n'),
    source: n.source,
    cover: coverOf(n.cover),
    schedule: !!at,
    date: at ? at.format('YYYY-MM-DD') : '',
    time: at ? at.format('HH:mm') : '09:00'
  }
}

export function toNewsPayload(v: NewsValues, id?: string): Request<'news.save'> {
  return {
    ...(id ? { id } : {}),
    title: v.title,
    category: v.category as NewsCategory,
    summary: v.summary,
    bodyHtml: v.bodyHtml,
    cover: v.cover[0]?.fileID ?? '',
    source: v.source,
    // an unfinished schedule still sends a value, so the schema names the problem
    publishAt: v.schedule ? (beijingInstant(v.date, v.time) ?? '') : null
  }
}

export const keyOfNewsField = (path: string): string => {
  const key = path.split('.')[0] ?? ''
  return key === 'publishAt' ? 'date' : key
}

export function validateNews(v: NewsValues, now: Date = new Date()): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(fieldErrors(schemas['news.save'], toNewsPayload(v)))) {
    const field = keyOfNewsField(key)
    if (!(field in out)) out[field] = message
  }
  if (v.schedule) {
    delete out.date
    const at = beijingInstant(v.date, v.time)
    if (!v.date) out.date = '请选择定时发布的日期'
    else if (!at || new Date(at).getTime() <= now.getTime()) out.date = '定时发布时间应晚于当前时间'
  }
  return out
}
