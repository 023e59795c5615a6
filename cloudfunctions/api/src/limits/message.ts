/** The RATE_LIMITED message: says when to try again, in Beijing time. */
import { apiError, type ApiError } from '../../../../types'
import { beijingYmd } from '../domain/calendar/beijingDate'

function beijingHm(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16)
}

export function rateLimitMessage(retryAt: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000))
  if (seconds <= 3600) return `操作太频繁，请在 ${Math.ceil(seconds / 60)} 分钟后再试`
  // a window is at most a day long, so the time is today or tomorrow
  const day = beijingYmd(retryAt) === beijingYmd(now) ? '' : '明天 '
  return `操作太频繁，请于 ${day}${beijingHm(retryAt)} 后再试`
}

export function rateLimitedError(retryAt: Date, now: Date): ApiError {
  return apiError('RATE_LIMITED', rateLimitMessage(retryAt, now))
}
