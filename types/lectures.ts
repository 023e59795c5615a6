/**
 * 潭商讲堂: lectures and events with capacity-safe sign-up and a wait-list, check-in by a
 * code the organiser shows, replay and slides afterwards, a rating, and 向讲师提问 (a
 * consultation case linked to the lecture).
 */
import type { CaseDetail } from './cases'
import type { Page } from './entities'

export const LECTURE_MODES = ['online', 'offline'] as const
export type LectureMode = (typeof LECTURE_MODES)[number]
export const LECTURE_MODE_LABELS: Record<LectureMode, string> = { online: '线上', offline: '线下' }

/** derived from the time: upcoming before startsAt, ongoing until endsAt, then ended */
export type LecturePhase = 'upcoming' | 'ongoing' | 'ended'

export type LectureSignupState = 'confirmed' | 'waitlisted' | 'cancelled'
export const LECTURE_SIGNUP_STATE_LABELS: Record<LectureSignupState, string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消'
}

/** check-in opens this long before the start and closes at the end */
export const LECTURE_CHECKIN_LEAD_MINUTES = 30
/** the code the organiser shows (also as a QR); no 0/O/1/I so it can be typed */
export const LECTURE_CHECKIN_CODE_LENGTH = 6
export const LECTURE_CHECKIN_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/

export interface LectureMySignup {
  state: LectureSignupState
  /** place in the wait-list (1 = next to be promoted); null unless waitlisted */
  position: number | null
  checkedIn: boolean
}

export interface LectureSummary {
  _id: string
  title: string
  speaker: string
  /** e.g. 湘潭大学商学院教授 */
  speakerTitle: string
  mode: LectureMode
  /** an address, or the platform for an online lecture (e.g. 腾讯会议) */
  place: string
  startsAt: string
  endsAt: string
  capacity: number
  confirmed: number
  waitlisted: number
  cover: string | null
  phase: LecturePhase
  /** the caller's sign-up; null when they never signed up */
  mySignup: LectureMySignup | null
  hasReplay: boolean
  /** one decimal; null without ratings */
  ratingAvg: number | null
  ratingCount: number
}

export interface LectureSlide {
  name: string
  url: string
}

export interface LectureRating {
  score: number
  comment: string
}

export interface LectureDetail extends LectureSummary {
  /** plain paragraphs */
  intro: string[]
  /** the organising park; null: organised by the city */
  parkId: string | null
  replayUrl: string | null
  slides: LectureSlide[]
  myRating: LectureRating | null
  /** now within [startsAt − 30 min, endsAt] */
  checkinOpen: boolean
  /** the caller may edit the lecture, see its sign-ups and export them */
  canManage: boolean
  /** organisers only (canManage); null for everyone else */
  checkinCode: string | null
}

export interface LectureSignupRow {
  userId: string
  enterpriseName: string
  name: string
  /** organisers only ever get this list, and they are entitled to the phone */
  phone: string
  state: LectureSignupState
  position: number | null
  checkedIn: boolean
  checkedInAt: string | null
  signedUpAt: string
}

export interface LectureExport {
  filename: string
  /** UTF-8 with a BOM, header in Chinese */
  csv: string
}

export interface LectureResponses {
  'lecture.list': Page<LectureSummary>
  'lecture.get': LectureDetail
  'lecture.signup': LectureDetail
  'lecture.cancel': LectureDetail
  'lecture.checkin': LectureDetail
  'lecture.rate': LectureDetail
  'lecture.ask': CaseDetail
  'lecture.save': LectureDetail
  'lecture.signups': Page<LectureSignupRow>
  'lecture.export': LectureExport
}

export const LECTURE_WRITES = ['lecture.signup', 'lecture.cancel', 'lecture.checkin', 'lecture.rate', 'lecture.ask', 'lecture.save'] as const
