/**
 * Organisers create and edit lectures. The capacity cannot drop below the seats already
 * confirmed; raising it seats the wait-list in order, in the same transaction.
 */
import { randomBytes, randomInt } from 'node:crypto'
import type { LectureDetail, ParsedRequest } from '../../../../../types'
import { withBackoff } from '../appointments/retry'
import { checkOwnFile, uploaderOf, type FileOwner } from '../cases/attachments'
import { queued } from '../cases/numbers'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { LECTURE_COLLECTIONS, type LectureDoc } from './docs'
import { LECTURE_TX_TIMES, lectureQueue, loadSignup, managedLecture, readLecture } from './load'
import { fillSeats } from './seats'
import { canManage, toDetail } from './views'

type SaveInput = ParsedRequest<'lecture.save'>
type Fields = SaveInput['fields']

export const newLectureId = (): string => 'lec' + randomBytes(10).toString('hex')

/** no 0/O/1/I, so the code can be read off a screen and typed */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export function newCheckinCode(): string {
  let code = ''
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** stored as UTC instants whatever offset the client wrote (e.g. +08:00) */
function editable(fields: Fields): Omit<LectureDoc, '_id' | 'parkId' | 'checkinCode' | 'confirmed' | 'waitlist' | 'ratingSum' | 'ratingCount' | 'createdById' | 'createdByName' | 'createdAt' | 'updatedAt'> {
  return {
    title: fields.title,
    speaker: fields.speaker,
    speakerTitle: fields.speakerTitle,
    mode: fields.mode,
    place: fields.place,
    startsAt: new Date(fields.startsAt).toISOString(),
    endsAt: new Date(fields.endsAt).toISOString(),
    capacity: fields.capacity,
    cover: fields.cover,
    intro: fields.intro,
    replayUrl: fields.replayUrl,
    slides: fields.slides
  }
}

/** cover, replay and slides: https addresses, or the organiser's own uploads (kept ones stay) */
function checkFiles(fields: Fields, owner: FileOwner): void {
  checkOwnFile(fields.cover, owner, 'fields.cover', '封面图')
  checkOwnFile(fields.replayUrl, owner, 'fields.replayUrl', '回放视频')
  fields.slides.forEach((s, i) => checkOwnFile(s.url, owner, `fields.slides.${i}.url`, `课件“${s.name}”`))
}

const audit = (me: UserDoc, target: string, detail: Record<string, unknown>, at: string) => ({
  data: { actorId: me._id, action: 'lecture.save', target, detail, at }
})

async function createLecture(ctx: ActionContext, fields: Fields): Promise<LectureDetail> {
  const me = ctx.caller.user as UserDoc
  const now = ctx.clock.now()
  checkFiles(fields, uploaderOf(ctx))
  const values = editable(fields)
  if (values.startsAt <= now.toISOString()) fail('INVALID_INPUT', '开始时间须晚于当前时间', 'fields.startsAt')
  // a manager organises for their own park; the city admin for the whole city
  const parkId = ctx.caller.role === 'admin' ? null : me.parkId
  if (ctx.caller.role !== 'admin' && !parkId) fail('PARK_SCOPE', '您的账号未关联园区，不能发布讲座')
  const at = now.toISOString()
  const doc: LectureDoc = {
    _id: newLectureId(),
    ...values,
    parkId,
    checkinCode: newCheckinCode(),
    confirmed: 0,
    waitlist: [],
    ratingSum: 0,
    ratingCount: 0,
    createdById: me._id,
    createdByName: me.name || '管理员',
    createdAt: at,
    updatedAt: at
  }
  await ctx.db.runTransaction(async (tx) => {
    const { _id, ...data } = doc
    await tx.collection(LECTURE_COLLECTIONS.lectures).doc(_id).set({ data })
    await tx.collection(COLLECTIONS.audit).add(audit(me, _id, { created: true, title: doc.title, startsAt: doc.startsAt, capacity: doc.capacity }, at))
  })
  return toDetail(doc, null, ctx.caller, now)
}

async function updateLecture(ctx: ActionContext, id: string, fields: Fields): Promise<LectureDetail> {
  const before = await managedLecture(ctx, id)
  checkFiles(fields, uploaderOf(ctx, [before.cover, before.replayUrl, ...before.slides.map((s) => s.url)]))
  const me = ctx.caller.user as UserDoc
  const values = editable(fields)
  const { db, clock, caller } = ctx
  const next = await queued(lectureQueue(id), () =>
    withBackoff(() =>
      db.runTransaction(async (tx) => {
        const now = clock.now()
        const lecture = await readLecture(tx, id)
        if (!canManage(caller, lecture)) throw new DomainError('PARK_SCOPE', '只能管理本园区组织的讲座')
        if (values.capacity < lecture.confirmed) {
          throw new DomainError('CAPACITY_BELOW_CONFIRMED', `已有${lecture.confirmed}人确认报名，名额不能少于${lecture.confirmed}`, 'fields.capacity')
        }
        const at = now.toISOString()
        let doc: LectureDoc = { ...lecture, ...values, updatedAt: at }
        doc = { ...doc, ...(await fillSeats(tx, doc, now)) }
        const { _id, ...data } = doc
        await tx.collection(LECTURE_COLLECTIONS.lectures).doc(_id).set({ data })
        await tx.collection(COLLECTIONS.audit).add(audit(me, _id, { title: doc.title, startsAt: doc.startsAt, capacity: doc.capacity }, at))
        return doc
      }, LECTURE_TX_TIMES)
    )
  )
  return toDetail(next, await loadSignup(db, id, me._id), caller, clock.now())
}

export function saveLecture(ctx: ActionContext, input: SaveInput): Promise<LectureDetail> {
  return input.id ? updateLecture(ctx, input.id, input.fields) : createLecture(ctx, input.fields)
}
