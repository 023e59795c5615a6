/** Stored shapes of 潭商讲堂 lectures and their sign-ups. */
import type { LectureMode, LectureSignupState, LectureSlide } from '../../../../../types'

export const LECTURE_COLLECTIONS = {
  lectures: 'lectures',
  /** _id = signupId(lectureId, userId): one seat per user and lecture */
  lectureSignups: 'lectureSignups'
} as const

export interface LectureDoc {
  _id: string
  title: string
  speaker: string
  speakerTitle: string
  mode: LectureMode
  place: string
  /** UTC ISO instants */
  startsAt: string
  endsAt: string
  capacity: number
  cover: string | null
  intro: string[]
  replayUrl: string | null
  slides: LectureSlide[]
  /** the organising manager's park; null: organised by the city (admin) */
  parkId: string | null
  /** shown by the organiser at the venue; never sent to attendees */
  checkinCode: string
  /** seats taken: always equal to the sign-ups in state 'confirmed' (both change in one transaction) */
  confirmed: number
  /**
   * The wait-list in order, as user ids: always the sign-ups in state 'waitlisted'. Kept on
   * the lecture so the transaction that frees a seat can promote the first without a query.
   */
  waitlist: string[]
  ratingSum: number
  ratingCount: number
  createdById: string
  createdByName: string
  createdAt: string
  updatedAt: string
}

export interface LectureSignupDoc {
  _id: string
  lectureId: string
  userId: string
  name: string
  phone: string
  enterpriseId: string
  enterpriseName: string
  state: LectureSignupState
  /** the latest sign-up (signing up again after cancelling starts over) */
  signedUpAt: string
  confirmedAt: string | null
  cancelledAt: string | null
  checkedInAt: string | null
  rating: { score: number; comment: string; at: string } | null
  /** the startsAt the day-before reminder was sent for (a rescheduled lecture reminds again) */
  remindedFor: string | null
}

export const signupId = (lectureId: string, userId: string): string => `${lectureId}_${userId}`

/** a wait-list longer than this is not useful and would bloat the lecture document */
export const MAX_WAITLIST = 500
