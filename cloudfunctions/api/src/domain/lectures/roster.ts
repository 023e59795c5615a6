/**
 * The organiser's sign-up list and its CSV export. Only organisers (canManage) get here,
 * and they are entitled to the attendees' phones, so nothing is masked.
 */
import { LECTURE_SIGNUP_STATE_LABELS, type LectureExport, type LectureSignupRow, type LectureSignupState, type Page } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { LECTURE_COLLECTIONS, type LectureDoc, type LectureSignupDoc } from './docs'
import { managedLecture } from './load'
import { listPage, readAll, type Paging } from '../paging'


/** '2026-11-25 09:30' in Beijing time, whatever the machine's time zone */
const beijingMinute = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

function toRow(lecture: LectureDoc, s: LectureSignupDoc): LectureSignupRow {
  const position = s.state === 'waitlisted' ? lecture.waitlist.indexOf(s.userId) + 1 : 0
  return {
    userId: s.userId,
    enterpriseName: s.enterpriseName,
    name: s.name,
    phone: s.phone,
    state: s.state,
    position: position > 0 ? position : null,
    checkedIn: s.state === 'confirmed' && !!s.checkedInAt,
    checkedInAt: s.state === 'confirmed' ? s.checkedInAt : null,
    signedUpAt: s.signedUpAt
  }
}


export async function listSignups(ctx: ActionContext, input: { id: string; state?: LectureSignupState } & Paging): Promise<Page<LectureSignupRow>> {
  const lecture = await managedLecture(ctx, input.id)
  const where = { lectureId: lecture._id, ...(input.state ? { state: input.state } : {}) }
  return listPage(ctx.db, ctx.db.collection(LECTURE_COLLECTIONS.lectureSignups), { where, orderBy: ['signedUpAt', 'asc'] }, input, (s) => toRow(lecture, s as unknown as LectureSignupDoc))
}

/** quotes a cell, and defuses text a spreadsheet would run as a formula */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const HEADER = ['序号', '企业名称', '姓名', '手机号', '报名状态', '候补位次', '是否签到', '签到时间', '报名时间']

/** a file name without characters file systems refuse */
const fileSafe = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)

export async function exportSignups(ctx: ActionContext, input: { id: string }): Promise<LectureExport> {
  const lecture = await managedLecture(ctx, input.id)
  const all = await readAll(ctx.db, LECTURE_COLLECTIONS.lectureSignups, { lectureId: lecture._id }, undefined, ['signedUpAt', 'asc'])
  const rows: LectureSignupRow[] = (all as unknown as LectureSignupDoc[]).map((s) => toRow(lecture, s))
  const lines = [HEADER, ...rows.map((r, i) => [
    String(i + 1),
    r.enterpriseName,
    r.name,
    r.phone,
    LECTURE_SIGNUP_STATE_LABELS[r.state],
    r.position === null ? '' : String(r.position),
    r.checkedIn ? '是' : '否',
    r.checkedInAt ? beijingMinute(r.checkedInAt) : '',
    beijingMinute(r.signedUpAt)
  ])]
  // personal data leaves the system: record who took it
  const me = ctx.caller.user as UserDoc
  const now = ctx.clock.now()
  await ctx.db.collection(COLLECTIONS.audit).add({
    data: { actorId: me._id, action: 'lecture.export', target: lecture._id, detail: { rows: rows.length }, at: now.toISOString() }
  })
  const day = beijingYmd(now).replace(/-/g, '')
  return {
    filename: `讲座报名_${fileSafe(lecture.title)}_${day}.csv`,
    csv: '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
  }
}
