/**
 * Dates as the user reads them: always Beijing time, whatever the device's zone.
 * Instants arrive as ISO-8601 strings in UTC.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const BEIJING = 'Asia/Shanghai'
/** China has kept UTC+8 without daylight saving since 1991 */
const BEIJING_OFFSET_MINUTES = 8 * 60

let tzSupported: boolean | null = null

/** Some mini-program engines lack Intl time-zone data; fall back to the fixed offset. */
function supportsTimeZone(): boolean {
  if (tzSupported === null) {
    try {
      tzSupported = dayjs.utc('2024-01-01T00:00:00Z').tz(BEIJING).hour() === 8
    } catch {
      tzSupported = false
    }
  }
  return tzSupported
}

/** the instant in Beijing time, or null for a missing or unparsable value */
export function toBeijing(value: string | number | Date | null | undefined): Dayjs | null {
  if (value === null || value === undefined || value === '') return null
  const d = dayjs.utc(value)
  if (!d.isValid()) return null
  return supportsTimeZone() ? d.tz(BEIJING) : d.utcOffset(BEIJING_OFFSET_MINUTES)
}

/** 2025-03-07 */
export function formatDate(value: string | null | undefined): string {
  return toBeijing(value)?.format('YYYY-MM-DD') ?? ''
}

/** 2025-03-07 09:30 */
export function formatDateTime(value: string | null | undefined): string {
  return toBeijing(value)?.format('YYYY-MM-DD HH:mm') ?? ''
}

/**
 * Compact form for lists: 09:30 today, 03-07 this year, 2024-12-30 otherwise
 * (all judged on the Beijing calendar).
 */
export function formatShort(value: string | null | undefined, now: Date = new Date()): string {
  const d = toBeijing(value)
  const today = toBeijing(now)
  if (!d || !today) return ''
  if (d.format('YYYY-MM-DD') === today.format('YYYY-MM-DD')) return d.format('HH:mm')
  if (d.year() === today.year()) return d.format('MM-DD')
  return d.format('YYYY-MM-DD')
}
