/**
 * The lecture form: Beijing calendar days and clock times from the pickers, turned into
 * UTC instants for the server whatever the device's time zone; paragraphs as lines.
 */
import * as v from 'valibot'
import { lectureFieldsSchema, type LectureDetail, type LectureMode, type LectureSlide, type Request } from '../../../../types'
import { toBeijing } from '../../../utils/time'

export interface LectureValues {
  title: string
  speaker: string
  speakerTitle: string
  mode: LectureMode
  place: string
  /** 'YYYY-MM-DD' and 'HH:mm', Beijing time */
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  /** typed as text */
  capacity: string
  cover: string
  /** one paragraph per line */
  intro: string
  replayUrl: string
  slides: LectureSlide[]
}

export const EMPTY_LECTURE: LectureValues = {
  title: '',
  speaker: '',
  speakerTitle: '',
  mode: 'offline',
  place: '',
  startDate: '',
  startTime: '14:30',
  endDate: '',
  endTime: '16:30',
  capacity: '50',
  cover: '',
  intro: '',
  replayUrl: '',
  slides: []
}

/** Beijing day + clock time → ISO instant in UTC (China keeps UTC+8 all year) */
export function beijingInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]) - 8, Number(t[2]))
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

export function fromLecture(l: LectureDetail): LectureValues {
  const start = toBeijing(l.startsAt)
  const end = toBeijing(l.endsAt)
  return {
    title: l.title,
    speaker: l.speaker,
    speakerTitle: l.speakerTitle,
    mode: l.mode,
    place: l.place,
    startDate: start?.format('YYYY-MM-DD') ?? '',
    startTime: start?.format('HH:mm') ?? '',
    endDate: end?.format('YYYY-MM-DD') ?? '',
    endTime: end?.format('HH:mm') ?? '',
    capacity: String(l.capacity),
    cover: l.cover ?? '',
    intro: l.intro.join('\n'),
    replayUrl: l.replayUrl ?? '',
    slides: l.slides.map((s) => ({ ...s }))
  }
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

export function lectureFields(values: LectureValues): Request<'lecture.save'>['fields'] {
  return {
    title: values.title,
    speaker: values.speaker,
    speakerTitle: values.speakerTitle,
    mode: values.mode,
    place: values.place,
    startsAt: beijingInstant(values.startDate, values.startTime) ?? '',
    // an end without its own day is on the start's day
    endsAt: beijingInstant(values.endDate || values.startDate, values.endTime) ?? '',
    capacity: values.capacity.trim() === '' ? Number.NaN : Number(values.capacity.trim()),
    cover: orNull(values.cover),
    intro: values.intro
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    replayUrl: orNull(values.replayUrl),
    slides: values.slides
  }
}

export const lecturePayload = (id: string | null) => (values: LectureValues): Request<'lecture.save'> => ({
  ...(id ? { id } : {}),
  fields: lectureFields(values)
})

/** the form key a field path is about: 'fields.startsAt' → 'startDate', 'slides.0.url' → 'slides' */
export function keyOfField(path: string): keyof LectureValues | '' {
  const top = path.replace(/^fields\./, '').split('.')[0] ?? ''
  if (top === 'startsAt') return 'startDate'
  if (top === 'endsAt') return 'endTime'
  const keys = Object.keys(EMPTY_LECTURE) as Array<keyof LectureValues>
  return keys.includes(top as keyof LectureValues) ? (top as keyof LectureValues) : ''
}

/** the shared schema's messages on the form's fields; pickers say which one is missing */
export function validateLecture(values: LectureValues): Partial<Record<keyof LectureValues, string>> {
  const out: Partial<Record<keyof LectureValues, string>> = {}
  const parsed = v.safeParse(lectureFieldsSchema, lectureFields(values))
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const path = (issue.path ?? []).map((p) => String(p.key)).join('.')
      const key = keyOfField(path)
      if (key && !(key in out)) out[key] = issue.message
    }
  }
  // "格式不正确" on an instant means a picker was left empty
  delete out.startDate
  if (!values.startDate) out.startDate = '请选择开始日期'
  else if (!values.startTime) out.startTime = '请选择开始时间'
  if (!values.endTime) out.endTime = '请选择结束时间'
  return out
}
