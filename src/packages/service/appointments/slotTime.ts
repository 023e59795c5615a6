import { toBeijing } from '../../../utils/time'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2025-03-12 周三 09:00—11:30' in Beijing time (an end on another day shows its date) */
export function slotTimeLabel(startsAt: string, endsAt: string): string {
  const start = toBeijing(startsAt)
  const end = toBeijing(endsAt)
  if (!start) return ''
  const head = `${start.format('YYYY-MM-DD')} 周${WEEKDAYS[start.day()]} ${start.format('HH:mm')}`
  if (!end) return head
  const sameDay = end.format('YYYY-MM-DD') === start.format('YYYY-MM-DD')
  return `${head}—${end.format(sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`
}

export const seatsLeft = (slot: { capacity: number; booked: number }): number => Math.max(0, slot.capacity - slot.booked)
