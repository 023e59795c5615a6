/**
 * The day-before reminder, run by the sweep: on the Beijing day before a lecture, each
 * confirmed attendee is told once. The record (remindedFor = the start it was sent for)
 * and the notification are written in one transaction, so however often or concurrently
 * the sweep runs each attendee hears once — and again only if the lecture is moved.
 */
import type { Database } from '../../db/port'
import { beijingMoment } from '../appointments/views'
import { addDays, beijingYmd, endOfBeijingDay } from '../calendar/beijingDate'
import { addNotifications } from '../notifications'
import { LECTURE_COLLECTIONS, type LectureDoc, type LectureSignupDoc } from './docs'
import { lectureLink } from './views'
import { readAll } from '../paging'

const midnightAfter = (ymd: string): string => new Date(Date.parse(endOfBeijingDay(ymd)) + 1000).toISOString()

async function all<T>(db: Database, collection: string, where: Record<string, unknown>, orderBy?: [string, 'asc' | 'desc']): Promise<T[]> {
  return (await readAll(db, collection, where, undefined, orderBy)) as unknown as T[]
}

async function remindOne(db: Database, lecture: LectureDoc, signupDocId: string, now: Date): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(LECTURE_COLLECTIONS.lectureSignups).doc(signupDocId)
    const signup = (await ref.get()).data as LectureSignupDoc | null
    if (signup?.state !== 'confirmed' || signup.remindedFor === lecture.startsAt) return false
    await ref.update({ data: { remindedFor: lecture.startsAt } })
    const where = lecture.mode === 'online' ? `线上（${lecture.place}）` : lecture.place
    await addNotifications(
      tx,
      [{ userId: signup.userId, kind: 'system', title: `明天开讲：${lecture.title}`, body: `${beijingMoment(lecture.startsAt)}，${where}。请准时参加，现场扫码签到。`, link: lectureLink(lecture._id), template: 'caseProgress' }],
      now
    )
    return true
  })
}

/** returns how many reminders were sent */
export async function remindLectures(db: Database, now: Date): Promise<number> {
  const _ = db.command
  const today = beijingYmd(now)
  // Beijing tomorrow as UTC instants: [midnight after today, midnight after tomorrow)
  const from = midnightAfter(today)
  const to = midnightAfter(addDays(today, 1))
  const lectures = await all<LectureDoc>(db, LECTURE_COLLECTIONS.lectures, { startsAt: _.and([_.gte(from), _.lt(to)]) }, ['startsAt', 'asc'])
  let sent = 0
  for (const lecture of lectures) {
    const confirmed = await all<LectureSignupDoc>(db, LECTURE_COLLECTIONS.lectureSignups, { lectureId: lecture._id, state: 'confirmed' })
    for (const signup of confirmed) {
      if (signup.remindedFor === lecture.startsAt) continue
      if (await remindOne(db, lecture, signup._id, now)) sent++
    }
  }
  return sent
}
