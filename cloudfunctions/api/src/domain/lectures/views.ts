/** Stored lecture → what the caller reads; the caller's own sign-up fills the personal fields. */
import { LECTURE_CHECKIN_LEAD_MINUTES, type LectureDetail, type LecturePhase, type LectureSummary } from '../../../../../types'
import type { Caller } from '../context'
import type { LectureDoc, LectureSignupDoc } from './docs'

/** the lecture page in src/packages/lecture */
export const lectureLink = (id: string): string => `/packages/lecture/detail/index?id=${id}`

export function phaseOf(doc: Pick<LectureDoc, 'startsAt' | 'endsAt'>, now: Date): LecturePhase {
  const at = now.toISOString()
  if (at < doc.startsAt) return 'upcoming'
  return at < doc.endsAt ? 'ongoing' : 'ended'
}

/** now within [startsAt − 30 min, endsAt] */
export function checkinOpen(doc: Pick<LectureDoc, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const t = now.getTime()
  return t >= Date.parse(doc.startsAt) - LECTURE_CHECKIN_LEAD_MINUTES * 60_000 && t <= Date.parse(doc.endsAt)
}

/** organisers: the city admin, and a manager of the organising park */
export function canManage(caller: Caller, doc: Pick<LectureDoc, 'parkId'>): boolean {
  if (caller.role === 'admin') return true
  return caller.role === 'manager' && !!caller.user?.parkId && caller.user.parkId === doc.parkId
}

/** signing up again is what a cancelled sign-up means, so only live ones are "mine" */
const live = (s: LectureSignupDoc | null | undefined): s is LectureSignupDoc => !!s && s.state !== 'cancelled'

export function toSummary(doc: LectureDoc, mine: LectureSignupDoc | null | undefined, now: Date): LectureSummary {
  const position = mine?.state === 'waitlisted' ? doc.waitlist.indexOf(mine.userId) + 1 : 0
  return {
    _id: doc._id,
    title: doc.title,
    speaker: doc.speaker,
    speakerTitle: doc.speakerTitle,
    mode: doc.mode,
    place: doc.place,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    capacity: doc.capacity,
    confirmed: doc.confirmed,
    waitlisted: doc.waitlist.length,
    cover: doc.cover,
    phase: phaseOf(doc, now),
    mySignup: mine ? { state: mine.state, position: position > 0 ? position : null, checkedIn: live(mine) && !!mine.checkedInAt } : null,
    hasReplay: !!doc.replayUrl || doc.slides.length > 0,
    ratingAvg: doc.ratingCount > 0 ? Math.round((doc.ratingSum / doc.ratingCount) * 10) / 10 : null,
    ratingCount: doc.ratingCount
  }
}

export function toDetail(doc: LectureDoc, mine: LectureSignupDoc | null | undefined, caller: Caller, now: Date): LectureDetail {
  const organiser = canManage(caller, doc)
  return {
    ...toSummary(doc, mine, now),
    intro: doc.intro,
    parkId: doc.parkId,
    replayUrl: doc.replayUrl,
    slides: doc.slides,
    myRating: mine?.rating ? { score: mine.rating.score, comment: mine.rating.comment } : null,
    checkinOpen: checkinOpen(doc, now),
    canManage: organiser,
    checkinCode: organiser ? doc.checkinCode : null
  }
}
