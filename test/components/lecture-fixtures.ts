/** Contract-shaped 潭商讲堂 data and a small harness shared by the lecture component tests. */
import type { LectureDetail, LectureSignupRow, LectureSummary, Page } from '../../types'

export const lectureSummary = (extra: Partial<LectureSummary> = {}): LectureSummary => ({
  _id: 'lec-1',
  title: '稳岗扩岗政策解读与申报实务',
  speaker: '刘芳',
  speakerTitle: '市人社局就业促进科科长',
  mode: 'offline',
  place: '市民之家三楼多功能厅',
  // 2025-03-12 14:30—16:30 Beijing time
  startsAt: '2025-03-12T06:30:00.000Z',
  endsAt: '2025-03-12T08:30:00.000Z',
  capacity: 30,
  confirmed: 12,
  waitlisted: 0,
  cover: null,
  phase: 'upcoming',
  mySignup: null,
  hasReplay: false,
  ratingAvg: null,
  ratingCount: 0,
  ...extra
})

export const lectureDetail = (extra: Partial<LectureDetail> = {}): LectureDetail => ({
  ...lectureSummary(),
  intro: ['讲解今年稳岗返还、扩岗补助的条件和申报流程。', '现场解答企业申报中遇到的问题。'],
  parkId: 'park-hi',
  replayUrl: null,
  slides: [],
  myRating: null,
  checkinOpen: false,
  canManage: false,
  checkinCode: null,
  ...extra
})

export const signupRow = (n: number, extra: Partial<LectureSignupRow> = {}): LectureSignupRow => ({
  userId: `u-${n}`,
  enterpriseName: `湘潭示例企业${n}有限公司`,
  name: `参会人${n}`,
  phone: `1390732000${n}`,
  state: 'confirmed',
  position: null,
  checkedIn: false,
  checkedInAt: null,
  signedUpAt: '2025-03-05T02:00:00.000Z',
  ...extra
})

export const pageOf = <T>(items: T[], hasMore = false): Page<T> => ({ items, total: items.length, page: 1, pageSize: 10, hasMore })

export { find, tap, typeInto } from './dom'
