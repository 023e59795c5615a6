/** How a lecture reads in lists and on its page; all times in Beijing time. */
import { LECTURE_MODE_LABELS, type LectureMySignup, type LectureSummary } from '../../../types'
import { toBeijing } from '../../utils/time'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2025-03-12 周三 09:00—11:30' (an end on another day shows its date) */
export function lectureTimeLabel(startsAt: string, endsAt: string): string {
  const start = toBeijing(startsAt)
  const end = toBeijing(endsAt)
  if (!start) return ''
  const head = `${start.format('YYYY-MM-DD')} 周${WEEKDAYS[start.day()]} ${start.format('HH:mm')}`
  if (!end) return head
  const sameDay = end.format('YYYY-MM-DD') === start.format('YYYY-MM-DD')
  return `${head}—${end.format(sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`
}

/** an address, or 线上 · the platform */
export function placeLabel(l: Pick<LectureSummary, 'mode' | 'place'>): string {
  return l.mode === 'online' ? `${LECTURE_MODE_LABELS.online} · ${l.place}` : l.place
}

export const seatsLeft = (l: Pick<LectureSummary, 'capacity' | 'confirmed'>): number => Math.max(0, l.capacity - l.confirmed)
export const isFull = (l: Pick<LectureSummary, 'capacity' | 'confirmed'>): boolean => seatsLeft(l) === 0

/** seats while sign-up is open; nothing once the lecture has started */
export function seatsLabel(l: Pick<LectureSummary, 'capacity' | 'confirmed' | 'phase'>): string | null {
  if (l.phase !== 'upcoming') return null
  return isFull(l) ? '已满，可候补' : `剩余 ${seatsLeft(l)} 席`
}

/** a live (not cancelled) sign-up */
export function activeSignup(s: LectureMySignup | null): LectureMySignup | null {
  return s && s.state !== 'cancelled' ? s : null
}

/** 已报名 / 候补第N位 / 已签到; null when the caller holds no seat or place */
export function myStateTag(s: LectureMySignup | null): string | null {
  const live = activeSignup(s)
  if (!live) return null
  if (live.checkedIn) return '已签到'
  if (live.state === 'waitlisted') return live.position ? `候补第${live.position}位` : '候补中'
  return '已报名'
}

export const PHASE_LABELS: Record<LectureSummary['phase'], string> = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' }

/** 4.6 分（12人评价） */
export function ratingLabel(l: Pick<LectureSummary, 'ratingAvg' | 'ratingCount'>): string | null {
  if (l.ratingAvg === null || l.ratingCount === 0) return null
  return `${l.ratingAvg.toFixed(1)} 分（${l.ratingCount}人评价）`
}
