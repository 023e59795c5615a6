/**
 * Limits on abuse (issue 9): writes are counted per account and per IP in the router,
 * by action class, in fixed windows stored through the database port, so the same
 * limits hold on the local host and in WeChat cloud. The city admin sets them.
 */
import type { ActionName } from './schemas'

export type RateLimitClass = 'case' | 'post' | 'report' | 'upload' | 'signup' | 'membership' | 'write'

export const RATE_LIMIT_CLASS_LABELS: Record<RateLimitClass, string> = {
  case: '提交办件（咨询、投诉、服务申请）',
  post: '商圈发布与留言',
  report: '举报',
  upload: '上传文件',
  signup: '报名与预约',
  membership: '企业认证与邀请码',
  write: '其他操作'
}

export interface RateLimitRule {
  /** at most this many writes of the class per account in the window */
  perAccount: number
  /** at most this many per client IP in the window (an office NAT shares one IP, so it is higher) */
  perIp: number
  windowSeconds: number
}

export type RateLimitSettings = Record<RateLimitClass, RateLimitRule>

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  case: { perAccount: 10, perIp: 60, windowSeconds: 60 },
  post: { perAccount: 10, perIp: 60, windowSeconds: 600 },
  report: { perAccount: 10, perIp: 60, windowSeconds: 600 },
  upload: { perAccount: 60, perIp: 300, windowSeconds: 600 },
  signup: { perAccount: 20, perIp: 120, windowSeconds: 600 },
  membership: { perAccount: 10, perIp: 60, windowSeconds: 600 },
  write: { perAccount: 120, perIp: 600, windowSeconds: 60 }
}

/** Write actions whose class is not 'write'; every other write counts as 'write'. */
export const RATE_LIMIT_CLASS_OF: Partial<Record<ActionName, RateLimitClass>> = {
  'case.submit': 'case',
  'service.apply': 'case',
  'lecture.ask': 'case',
  'steward.requestChange': 'case',
  'post.create': 'post',
  'post.update': 'post',
  'post.requestContact': 'post',
  'post.report': 'report',
  'lecture.signup': 'signup',
  'appointment.book': 'signup',
  'membership.apply': 'membership',
  'membership.redeem': 'membership',
  'membership.licenseAuth': 'membership',
  'account.redeemInvite': 'membership'
}

export interface TrustResponses {
  'settings.getRateLimits': RateLimitSettings
  'settings.setRateLimits': RateLimitSettings
}

export const TRUST_WRITES = ['settings.setRateLimits'] as const

export const RATE_LIMIT_CLASSES = Object.keys(DEFAULT_RATE_LIMITS) as RateLimitClass[]
