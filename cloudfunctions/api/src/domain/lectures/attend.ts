/** At and after the lecture: check-in with the organiser's code, and the attendee's rating. */
import type { LectureDetail } from '../../../../../types'
import { withBackoff } from '../appointments/retry'
import { queued } from '../cases/numbers'
import type { ActionContext } from '../context'
import { DomainError } from '../errors'
import { LECTURE_COLLECTIONS, signupId, type LectureSignupDoc } from './docs'
import { attendeeOf, LECTURE_TX_TIMES, lectureQueue, readLecture } from './load'
import { checkinOpen, toDetail } from './views'

/**
 * A confirmed attendee checks in within [startsAt − 30 min, endsAt] with the code the
 * organiser shows. Checking in again answers the first check-in.
 */
export async function checkIn(ctx: ActionContext, input: { id: string; code: string }): Promise<LectureDetail> {
  const who = await attendeeOf(ctx)
  const { db, clock, caller } = ctx
  return withBackoff(() =>
    db.runTransaction(async (tx) => {
      const now = clock.now()
      const lecture = await readLecture(tx, input.id)
      const ref = tx.collection(LECTURE_COLLECTIONS.lectureSignups).doc(signupId(lecture._id, who.userId))
      const signup = (await ref.get()).data as LectureSignupDoc | null
      if (!signup || signup.state === 'cancelled') throw new DomainError('LECTURE_NOT_SIGNED_UP', '您尚未报名该讲座，不能签到', 'id')
      if (signup.state === 'waitlisted') throw new DomainError('CHECKIN_NOT_CONFIRMED', undefined, 'id')
      if (signup.checkedInAt) return toDetail(lecture, signup, caller, now)
      if (!checkinOpen(lecture, now)) throw new DomainError('CHECKIN_CLOSED', undefined, 'code')
      if (input.code !== lecture.checkinCode) throw new DomainError('CHECKIN_CODE_WRONG', undefined, 'code')
      const checkedInAt = now.toISOString()
      await ref.update({ data: { checkedInAt } })
      return toDetail(lecture, { ...signup, checkedInAt }, caller, now)
    }, LECTURE_TX_TIMES)
  )
}

/**
 * After the lecture, someone who held a confirmed seat rates it 1–5; rating again replaces
 * their rating. The lecture's sum and count change in the same transaction.
 */
export async function rateLecture(ctx: ActionContext, input: { id: string; score: number; comment: string }): Promise<LectureDetail> {
  const who = await attendeeOf(ctx)
  const { db, clock, caller } = ctx
  return queued(lectureQueue(input.id), () =>
    withBackoff(() =>
      db.runTransaction(async (tx) => {
        const now = clock.now()
        const lecture = await readLecture(tx, input.id)
        if (now.toISOString() < lecture.endsAt) throw new DomainError('LECTURE_NOT_ENDED', undefined, 'id')
        const ref = tx.collection(LECTURE_COLLECTIONS.lectureSignups).doc(signupId(lecture._id, who.userId))
        const signup = (await ref.get()).data as LectureSignupDoc | null
        if (signup?.state !== 'confirmed') throw new DomainError('LECTURE_NOT_SIGNED_UP', '只有报名参加了该讲座的用户才能评分', 'id')

        const rating = { score: input.score, comment: input.comment, at: now.toISOString() }
        const next = {
          ...lecture,
          ratingSum: lecture.ratingSum - (signup.rating?.score ?? 0) + input.score,
          ratingCount: lecture.ratingCount + (signup.rating ? 0 : 1)
        }
        // set, not merge: an update with an object would merge into the stored value
        await ref.update({ data: { rating: db.command.set(rating) } })
        await tx.collection(LECTURE_COLLECTIONS.lectures).doc(lecture._id).update({ data: { ratingSum: next.ratingSum, ratingCount: next.ratingCount } })
        return toDetail(next, { ...signup, rating }, caller, now)
      }, LECTURE_TX_TIMES)
    )
  )
}
