/**
 * Application-window reminders, run by the sweep: 7 days and 1 day before applyUntil,
 * to everyone who favourited the policy or follows one of its categories. The reminder
 * record and the notification are written in one transaction, so each is sent once
 * however often (or concurrently) the sweep runs. A sweep that missed the exact day
 * still sends the reminder late rather than never (with the real days left).
 */
import type { Database } from '../../db/port'
import { addDays, beijingYmd } from '../calendar/beijingDate'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { addNotifications } from '../notifications'
import { daysBetween } from './dates'
import { reminderId, type FavouriteDoc, type FollowDoc, type PolicyReminderDoc } from './docs'
import { policyLink } from './lifecycle'
import { PUBLISHED } from './load'
import { readAll } from '../paging'

export const REMINDER_DAYS = [7, 1] as const

function all(db: Database, collection: string, where: Record<string, unknown>, orderBy?: [string, 'asc' | 'desc']): Promise<Array<{ _id: string } & Record<string, unknown>>> {
  return readAll(db, collection, where, undefined, orderBy)
}

async function audienceOf(db: Database, policy: PolicyDoc): Promise<string[]> {
  const [favs, follows] = await Promise.all([
    all(db, COLLECTIONS.favourites, { policyId: policy._id }),
    all(db, COLLECTIONS.follows, { categories: db.command.in(policy.categories) })
  ])
  return [...new Set([...(favs as unknown as FavouriteDoc[]).map((f) => f.userId), ...(follows as unknown as FollowDoc[]).map((f) => f._id)])]
}

/** the reminder due now: 7 while 2–7 days are left, 1 from the last day before on */
export function dueReminder(daysLeft: number): number | null {
  if (daysLeft < 0 || daysLeft > REMINDER_DAYS[0]) return null
  return daysLeft <= REMINDER_DAYS[1] ? REMINDER_DAYS[1] : REMINDER_DAYS[0]
}

const leftText = (daysLeft: number) => (daysLeft === 0 ? '今天截止' : `还剩${daysLeft}天截止`)

async function remindOne(db: Database, policy: PolicyDoc, userId: string, daysBefore: number, daysLeft: number, now: Date): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.policyReminders).doc(reminderId(userId, policy._id, daysBefore))
    if ((await ref.get()).data) return false
    const record: Omit<PolicyReminderDoc, '_id'> = { userId, policyId: policy._id, daysBefore, applyUntil: policy.applyUntil!, sentAt: now.toISOString() }
    await ref.set({ data: record })
    await addNotifications(
      tx,
      [{ userId, kind: 'system', title: `申报提醒：${policy.title}`, body: `申报将于${policy.applyUntil}截止，${leftText(daysLeft)}，请及时申报。`, link: policyLink(policy._id) }],
      now
    )
    return true
  })
}

/** returns how many reminders were sent */
export async function remindPolicyDeadlines(db: Database, now: Date): Promise<number> {
  const today = beijingYmd(now)
  const _ = db.command
  const closing = (await all(db, COLLECTIONS.policies, { ...PUBLISHED, applyUntil: _.and([_.gte(today), _.lte(addDays(today, REMINDER_DAYS[0]))]) }, ['applyUntil', 'asc'])) as unknown as PolicyDoc[]
  let sent = 0
  for (const policy of closing) {
    const daysLeft = daysBetween(today, policy.applyUntil!)
    const due = dueReminder(daysLeft)
    if (due === null) continue
    for (const userId of await audienceOf(db, policy)) {
      if (await remindOne(db, policy, userId, due, daysLeft, now)) sent++
    }
  }
  return sent
}
