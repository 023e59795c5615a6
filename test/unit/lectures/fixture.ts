/* eslint-disable @typescript-eslint/no-explicit-any -- results are inspected loosely */
/** 潭商讲堂 test fixture: many bound entrepreneurs, a lecture's fields, and doc readers. */
import { COLLECTIONS, type UserDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { LECTURE_COLLECTIONS, signupId, type LectureDoc, type LectureSignupDoc } from '../../../cloudfunctions/api/src/domain/lectures'
import { approveMember, FIX, type Bed } from '../helpers'

export const uid = userIdFor

/** n bound entrepreneurs spread over the fixture's enterprises (one seat per user, not per enterprise) */
export async function seedAttendees(bed: Bed, n: number): Promise<string[]> {
  const enterprises = [FIX.entA, FIX.entA2, FIX.entB]
  const openids: string[] = []
  for (let i = 0; i < n; i++) {
    const ent = enterprises[i % enterprises.length]
    const openid = `oid-lec-${String(i).padStart(3, '0')}`
    const doc: Omit<UserDoc, '_id'> = {
      openid,
      role: 'entrepreneur',
      name: `听众${i + 1}`,
      phone: `139${String(i).padStart(8, '0')}`,
      parkId: ent.parkId,
      enterpriseId: ent._id,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
    await bed.db.collection(COLLECTIONS.users).doc(userIdFor(openid)).set({ data: doc })
    await approveMember(bed, openid, ent._id)
    openids.push(openid)
  }
  return openids
}

/** the fixture clock starts 2026-11-20 10:00 Beijing; this lecture is 11-25 14:00–16:00 Beijing */
export const STARTS = '2026-11-25T06:00:00.000Z'
export const ENDS = '2026-11-25T08:00:00.000Z'

export function lectureFields(over: Record<string, unknown> = {}) {
  return {
    title: '企业出海合规实务',
    speaker: '王明远',
    speakerTitle: '湘潭大学法学院副教授',
    mode: 'offline',
    place: '湘潭高新区创新创业服务中心三楼报告厅',
    startsAt: '2026-11-25T14:00:00+08:00',
    endsAt: '2026-11-25T16:00:00+08:00',
    capacity: 30,
    intro: ['围绕跨境贸易中的合规要点展开。', '现场设答疑环节。'],
    ...over
  }
}

export async function ok(bed: Bed, openid: string, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  const r = await bed.call(openid, action, payload)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${JSON.stringify(r.error)}`)
  return r.data
}

export async function lectureDoc(bed: Bed, id: string): Promise<LectureDoc> {
  const { data } = await bed.db.collection(LECTURE_COLLECTIONS.lectures).doc(id).get()
  return data as LectureDoc
}

export async function signupDoc(bed: Bed, lectureId: string, openid: string): Promise<LectureSignupDoc | null> {
  const { data } = await bed.db.collection(LECTURE_COLLECTIONS.lectureSignups).doc(signupId(lectureId, userIdFor(openid))).get()
  return data as LectureSignupDoc | null
}

export async function signupDocs(bed: Bed, lectureId: string): Promise<LectureSignupDoc[]> {
  const { data } = await bed.db.collection(LECTURE_COLLECTIONS.lectureSignups).where({ lectureId }).limit(1000).get()
  return data as unknown as LectureSignupDoc[]
}

export async function notificationsOf(bed: Bed, openid: string): Promise<Array<{ title: string; body: string; link: string; template: string | null }>> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).limit(100).get()
  return data as any
}
