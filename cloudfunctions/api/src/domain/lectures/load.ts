/** Reading lectures and sign-ups, and who the caller is as an attendee. */
import type { Database, Transaction } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { LECTURE_COLLECTIONS, signupId, type LectureDoc, type LectureSignupDoc } from './docs'
import { canManage } from './views'

export interface Attendee {
  userId: string
  name: string
  phone: string
  enterpriseId: string
  enterpriseName: string
}

/** The caller as an attendee: a bound entrepreneur whose enterprise exists. */
export async function attendeeOf(ctx: ActionContext): Promise<Attendee> {
  const me = ctx.caller.user as UserDoc | null
  if (!me?.enterpriseId || ctx.caller.role !== 'entrepreneur') fail('NOT_BOUND', '请先绑定企业再报名')
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(me.enterpriseId).get()
  const enterprise = data as EnterpriseDoc | null
  if (!enterprise) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
  return { userId: me._id, name: me.name || '企业用户', phone: me.phone, enterpriseId: enterprise._id, enterpriseName: enterprise.name }
}

const missing = () => new DomainError('NOT_FOUND', '该讲座不存在或已取消', 'id')

export async function readLecture(tx: Transaction, id: string): Promise<LectureDoc> {
  const { data } = await tx.collection(LECTURE_COLLECTIONS.lectures).doc(id).get()
  if (!data) throw missing()
  return data as LectureDoc
}

export async function loadLecture(db: Database, id: string): Promise<LectureDoc> {
  const { data } = await db.collection(LECTURE_COLLECTIONS.lectures).doc(id).get()
  if (!data) throw missing()
  return data as LectureDoc
}

export async function loadSignup(db: Database, lectureId: string, userId: string | undefined): Promise<LectureSignupDoc | null> {
  if (!userId) return null
  const { data } = await db.collection(LECTURE_COLLECTIONS.lectureSignups).doc(signupId(lectureId, userId)).get()
  return (data as LectureSignupDoc | null) ?? null
}

/** the lecture, if the caller organises it; FORBIDDEN otherwise (an unknown id is NOT_FOUND) */
export async function managedLecture(ctx: ActionContext, id: string): Promise<LectureDoc> {
  const doc = await loadLecture(ctx.db, id)
  if (!canManage(ctx.caller, doc)) fail('PARK_SCOPE', '只能管理本园区组织的讲座')
  return doc
}

/** sign-ups and cancellations race on the lecture document: queued per lecture in one process */
export const lectureQueue = (lectureId: string): string => `lecture:${lectureId}`
/** runs per transaction call (the database retries a lost commit itself) */
export const LECTURE_TX_TIMES = 10
