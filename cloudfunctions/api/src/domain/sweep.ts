/**
 * Timer jobs, run by cloudfunctions/sweep every 10 minutes in the cloud and by the
 * local host on an interval. Each job is idempotent: running twice changes nothing more.
 */
import type { Database } from '../db/port'
import { loadDeadlineSettings, loadWorkCalendar } from './calendar'
import { escalateOverdue, remindRatings } from './cases'
import type { Clock, Messenger } from './context'
import { COLLECTIONS } from './docs'
import { deliverPendingPushes } from './notifications'
import { deliverDueEffects } from './effects'
import { removeExpiredCounters } from '../limits'
import { remindPolicyDeadlines } from './policies/reminders'
import { remindLectures } from './lectures/reminders'
import { expirePosts } from './circle/expiry'
import { publishDueNews, resumeNoticeDeliveries } from './publishing'

/** replayable answers are kept this long; a retry after that is a new request */
export const REQUEST_RECORD_TTL_HOURS = 48

export interface SweepReport {
  expiredRequestRecords: number
  /** cases raised to a higher escalation level */
  escalated: number
  rateReminders: number
  /** application-window reminders (7 and 1 days before a policy's applyUntil) */
  policyReminders: number
  /** day-before reminders to confirmed lecture attendees */
  lectureReminders: number
  /** subscribe messages handed to the port */
  pushesDelivered: number
  /** 商圈 posts past their last day, flipped to 'expired' */
  expiredPosts: number
  /** scheduled news whose time came, flipped to 'published' (readers see them already) */
  newsPublished: number
  /** notice deliveries that had stopped short and went on */
  noticeDeliveriesResumed: number
  /** outbox effects (follower notifications, notice deliveries) finished in this run */
  effectsDelivered: number
  /** rate-limit counters of windows that have ended */
  expiredRateCounters: number
}

export interface SweepDeps {
  db: Database
  clock: Clock
  messenger: Messenger
}

export async function runSweep({ db, clock, messenger }: SweepDeps): Promise<SweepReport> {
  const now = clock.now()
  const cutoff = new Date(now.getTime() - REQUEST_RECORD_TTL_HOURS * 3600_000).toISOString()
  const { stats } = await db.collection(COLLECTIONS.requests).where({ createdAt: db.command.lt(cutoff) }).remove()
  const [calendar, settings] = await Promise.all([loadWorkCalendar(db), loadDeadlineSettings(db)])
  const escalated = await escalateOverdue(db, now, calendar, settings)
  const rateReminders = await remindRatings(db, now)
  const policyReminders = await remindPolicyDeadlines(db, now)
  const lectureReminders = await remindLectures(db, now)
  const expiredPosts = await expirePosts(db, now)
  const newsPublished = await publishDueNews(db, now)
  const noticeDeliveriesResumed = await resumeNoticeDeliveries(db, now)
  // what a crash or a timeout left in the outbox after its change committed
  const effectsDelivered = await deliverDueEffects(db, now)
  const expiredRateCounters = await removeExpiredCounters(db, now)
  // last, so the notifications written above go out in the same run
  const pushesDelivered = await deliverPendingPushes(db, messenger, now)
  return { expiredRequestRecords: stats.removed, escalated, rateReminders, policyReminders, lectureReminders, pushesDelivered, expiredPosts, newsPublished, noticeDeliveriesResumed, effectsDelivered, expiredRateCounters }
}
