/**
 * Sign-up and cancellation. The lecture's seat counter and wait-list change in the SAME
 * transaction as the sign-up documents, so `confirmed` never exceeds the capacity and
 * always equals the confirmed sign-ups, and the wait-list is exactly the waitlisted ones.
 * In one process the calls are queued per lecture; across instances a lost transaction
 * is run again after a random, growing wait.
 */
import type { LectureDetail } from '../../../../../types'
import type { Database, Transaction } from '../../db/port'
import { withBackoff } from '../appointments/retry'
import { beijingMoment } from '../appointments/views'
import { queued } from '../cases/numbers'
import type { ActionContext, Caller, Clock } from '../context'
import { DomainError } from '../errors'
import { addNotifications } from '../notifications'
import { LECTURE_COLLECTIONS, MAX_WAITLIST, signupId, type LectureDoc, type LectureSignupDoc } from './docs'
import { attendeeOf, LECTURE_TX_TIMES, lectureQueue, readLecture, type Attendee } from './load'
import { lectureLink, toDetail } from './views'

const signups = (tx: Transaction) => tx.collection(LECTURE_COLLECTIONS.lectureSignups)

const started = (lecture: LectureDoc, now: Date): boolean => now.toISOString() >= lecture.startsAt

/**
 * Gives free seats to the head of the wait-list, in order, inside the caller's transaction,
 * and tells each promoted attendee (in-app and by subscribe message). Returns the lecture
 * fields to write.
 */
export async function fillSeats(tx: Transaction, lecture: LectureDoc, now: Date): Promise<Pick<LectureDoc, 'confirmed' | 'waitlist'>> {
  let confirmed = lecture.confirmed
  const waitlist = [...lecture.waitlist]
  const promoted: string[] = []
  while (confirmed < lecture.capacity && waitlist.length > 0) {
    const userId = waitlist.shift() as string
    const ref = signups(tx).doc(signupId(lecture._id, userId))
    const { data } = await ref.get()
    // a stray id (never expected: both change together) is dropped rather than seated
    if ((data as LectureSignupDoc | null)?.state !== 'waitlisted') continue
    await ref.update({ data: { state: 'confirmed', confirmedAt: now.toISOString() } })
    confirmed++
    promoted.push(userId)
  }
  await addNotifications(
    tx,
    promoted.map((userId) => ({
      userId,
      kind: 'system' as const,
      title: '讲座候补成功',
      body: `${lecture.title}，${beijingMoment(lecture.startsAt)}，${lecture.place}。您已由候补转为正式报名，请准时参加。`,
      link: lectureLink(lecture._id),
      template: 'caseProgress' as const
    })),
    now
  )
  return { confirmed, waitlist }
}

/**
 * Takes a seat, or a place at the end of the wait-list when the seats are gone. Signing
 * up while already holding a seat or a place answers that, unchanged.
 */
export async function signUp(ctx: ActionContext, input: { id: string }): Promise<LectureDetail> {
  const who = await attendeeOf(ctx)
  return queued(lectureQueue(input.id), () => takeSeat(ctx.db, ctx.clock, ctx.caller, who, input.id))
}

/** One sign-up, unqueued: what another instance would run. */
export function takeSeat(db: Database, clock: Clock, caller: Caller, who: Attendee, lectureId: string): Promise<LectureDetail> {
  return withBackoff(() =>
    db.runTransaction(async (tx) => {
      const now = clock.now()
      const lecture = await readLecture(tx, lectureId)
      const _id = signupId(lecture._id, who.userId)
      const ref = signups(tx).doc(_id)
      const existing = (await ref.get()).data as LectureSignupDoc | null
      if (existing && existing.state !== 'cancelled') return toDetail(lecture, existing, caller, now)
      if (started(lecture, now)) throw new DomainError('LECTURE_CLOSED', '讲座已开始或已结束，不能再报名', 'id')

      const seat = lecture.confirmed < lecture.capacity
      if (!seat && lecture.waitlist.length >= MAX_WAITLIST) throw new DomainError('WAITLIST_FULL', undefined, 'id')
      const at = now.toISOString()
      const doc: Omit<LectureSignupDoc, '_id'> = {
        lectureId: lecture._id,
        userId: who.userId,
        name: who.name,
        phone: who.phone,
        enterpriseId: who.enterpriseId,
        enterpriseName: who.enterpriseName,
        state: seat ? 'confirmed' : 'waitlisted',
        signedUpAt: at,
        confirmedAt: seat ? at : null,
        cancelledAt: null,
        checkedInAt: null,
        rating: null,
        remindedFor: null
      }
      await ref.set({ data: doc })
      const next: LectureDoc = seat ? { ...lecture, confirmed: lecture.confirmed + 1 } : { ...lecture, waitlist: [...lecture.waitlist, who.userId] }
      await tx.collection(LECTURE_COLLECTIONS.lectures).doc(lecture._id).update({ data: { confirmed: next.confirmed, waitlist: next.waitlist } })
      return toDetail(next, { _id, ...doc }, caller, now)
    }, LECTURE_TX_TIMES)
  )
}

/**
 * Gives the caller's seat or wait-list place back before the lecture starts; a freed seat
 * goes to the first on the wait-list in the same transaction. Cancelling what is not held
 * changes nothing and answers the lecture as it is.
 */
export async function cancelSignup(ctx: ActionContext, input: { id: string }): Promise<LectureDetail> {
  const who = await attendeeOf(ctx)
  const { db, clock, caller } = ctx
  return queued(lectureQueue(input.id), () =>
    withBackoff(() =>
      db.runTransaction(async (tx) => {
        const now = clock.now()
        const lecture = await readLecture(tx, input.id)
        const ref = signups(tx).doc(signupId(lecture._id, who.userId))
        const existing = (await ref.get()).data as LectureSignupDoc | null
        if (!existing || existing.state === 'cancelled') return toDetail(lecture, existing, caller, now)
        if (started(lecture, now)) throw new DomainError('LECTURE_CLOSED', '讲座已开始，不能再取消报名', 'id')

        await ref.update({ data: { state: 'cancelled', cancelledAt: now.toISOString() } })
        let next: LectureDoc
        if (existing.state === 'confirmed') {
          next = { ...lecture, confirmed: Math.max(0, lecture.confirmed - 1) }
          next = { ...next, ...(await fillSeats(tx, next, now)) }
        } else {
          next = { ...lecture, waitlist: lecture.waitlist.filter((id) => id !== who.userId) }
        }
        await tx.collection(LECTURE_COLLECTIONS.lectures).doc(lecture._id).update({ data: { confirmed: next.confirmed, waitlist: next.waitlist } })
        return toDetail(next, { ...existing, state: 'cancelled', cancelledAt: now.toISOString() }, caller, now)
      }, LECTURE_TX_TIMES)
    )
  )
}
