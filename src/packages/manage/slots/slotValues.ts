/**
 * The session form: a Beijing calendar day and Beijing clock times, turned into UTC
 * instants for the server whatever the device's time zone.
 */
import { APPOINTMENT_KINDS, schemas, type AppointmentKind, type Request } from '../../../../types'
import { fieldErrors } from '../../../utils/validate'

export interface SlotValues {
  kind: AppointmentKind
  title: string
  host: string
  place: string
  /** 'YYYY-MM-DD' (Beijing) */
  date: string
  /** 'HH:mm' (Beijing) */
  start: string
  end: string
  capacity: string
}

export const EMPTY_SLOT: SlotValues = { kind: APPOINTMENT_KINDS[0], title: '', host: '', place: '', date: '', start: '09:00', end: '11:00', capacity: '20' }

/** Beijing day + clock time → ISO instant in UTC (China keeps UTC+8 all year) */
export function beijingInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]) - 8, Number(t[2]))
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

export function slotPayload(v: SlotValues): Request<'appointment.createSlot'> {
  return {
    kind: v.kind,
    title: v.title,
    host: v.host,
    place: v.place,
    startsAt: beijingInstant(v.date, v.start) ?? '',
    endsAt: beijingInstant(v.date, v.end) ?? '',
    capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity.trim())
  }
}

export function keyOfSlotField(path: string): string {
  if (path.startsWith('startsAt')) return 'start'
  if (path.startsWith('endsAt')) return 'end'
  return path.split('.')[0] ?? ''
}

/** the shared schema's messages on the form's fields, plus the day and order of the times */
export function validateSlot(v: SlotValues, now: Date = new Date()): Record<string, string> {
  const out: Record<string, string> = {}
  const payload = slotPayload(v)
  for (const [key, message] of Object.entries(fieldErrors(schemas['appointment.createSlot'], payload))) {
    const field = keyOfSlotField(key)
    if (!(field in out)) out[field] = message
  }
  // the instants are built from the pickers: say which picker is missing rather than "格式不正确"
  delete out.start
  delete out.end
  if (!v.date) out.date = '请选择日期'
  else if (!v.start) out.start = '请选择开始时间'
  else if (!v.end) out.end = '请选择结束时间'
  else {
    if (payload.endsAt <= payload.startsAt) out.end = '结束时间应晚于开始时间'
    if (new Date(payload.startsAt).getTime() <= now.getTime()) out.date = '开始时间已过，请选择以后的日期或时间'
  }
  return out
}
