import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import { askLecturer, cancelSignup, checkIn, exportSignups, getLecture, listLectures, listSignups, rateLecture, saveLecture, signUp } from '../domain/lectures'

const ENTERPRISE: readonly Role[] = ['entrepreneur']

type LectureActionName =
  | 'lecture.list'
  | 'lecture.get'
  | 'lecture.signup'
  | 'lecture.cancel'
  | 'lecture.checkin'
  | 'lecture.rate'
  | 'lecture.ask'
  | 'lecture.save'
  | 'lecture.signups'
  | 'lecture.export'

export const lectureActions: Pick<ActionTable, LectureActionName> = {
  'lecture.list': { roles: EVERYONE, handler: (ctx, input) => listLectures(ctx, input) },
  'lecture.get': { roles: EVERYONE, handler: (ctx, input) => getLecture(ctx, input) },
  'lecture.signup': { roles: ENTERPRISE, handler: (ctx, input) => signUp(ctx, input) },
  'lecture.cancel': { roles: ENTERPRISE, handler: (ctx, input) => cancelSignup(ctx, input) },
  'lecture.checkin': { roles: ENTERPRISE, handler: (ctx, input) => checkIn(ctx, input) },
  'lecture.rate': { roles: ENTERPRISE, handler: (ctx, input) => rateLecture(ctx, input) },
  'lecture.ask': { roles: ENTERPRISE, handler: (ctx, input) => askLecturer(ctx, input) },
  'lecture.save': { roles: MANAGERS, handler: (ctx, input) => saveLecture(ctx, input) },
  'lecture.signups': { roles: MANAGERS, handler: (ctx, input) => listSignups(ctx, input) },
  'lecture.export': { roles: MANAGERS, handler: (ctx, input) => exportSignups(ctx, input) }
}
