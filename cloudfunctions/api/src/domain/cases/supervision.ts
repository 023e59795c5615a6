/** What managers do: assign (交办/改派), press (督办), review a 差评; and the 回访 that ends 整改. */
import { CASE_TYPE_LABELS, type CaseDetail } from '../../../../../types'
import { loadDeadlineSettings, loadWorkCalendar } from '../calendar'
import type { ActionContext } from '../context'
import { assigneeFields, checkAssignee } from './assignee'
import { RATE_REMINDER_DAYS } from './handling'
import type { CaseNotice } from './notify'
import { runTransition, type CaseRef } from './transition'

export function assignCase(ctx: ActionContext, ref: CaseRef & { toUserId: string; note: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'assign', ref, async ({ doc, tx, now }) => {
    const target = await checkAssignee(tx, doc, ref.toUserId)
    const label = CASE_TYPE_LABELS[doc.type]
    const notices: CaseNotice[] = [{ userId: target._id, title: `新交办的${label}待受理`, template: 'caseProgress' }]
    if (doc.assigneeId) notices.push({ userId: doc.assigneeId, title: `${label}已改派他人办理` })
    else notices.push({ userId: doc.submitterId, title: `您的${label}已交办给${target.name}`, template: 'caseProgress' })
    return {
      patch: assigneeFields(target, now.toISOString()),
      note: ref.note ? `交办给${target.name}：${ref.note}` : `交办给${target.name}`,
      // the manager's instructions are internal; the enterprise sees the new handler's name
      visibility: 'staff',
      notify: () => notices
    }
  })
}

export function pressCase(ctx: ActionContext, ref: CaseRef & { note: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'press', ref, ({ doc }) => ({
    patch: { pressCount: doc.pressCount + 1 },
    note: ref.note,
    visibility: 'staff',
    notify: (next) => [{ userId: next.assigneeId, title: `督办：${ref.note}`, template: 'caseOverdue' }]
  }))
}

export function reviewReject(ctx: ActionContext, ref: CaseRef & { reason: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'reviewReject', ref, ({ me, now }) => {
    const at = now.toISOString()
    return {
      patch: { review: { state: 'rejected', note: ref.reason, at, byId: me._id }, closedAt: at },
      note: ref.reason,
      notify: (next) => [
        { userId: next.submitterId, title: '差评复核结果：不予整改', template: 'caseProgress' },
        { userId: next.assigneeId, title: '差评复核结果：不予整改' }
      ]
    }
  })
}

export async function reviewRectify(ctx: ActionContext, ref: CaseRef & { note: string }): Promise<CaseDetail> {
  const [calendar, settings] = await Promise.all([loadWorkCalendar(ctx.db), loadDeadlineSettings(ctx.db)])
  return runTransition(ctx, 'reviewRectify', ref, ({ doc, me, now }) => {
    const due = calendar.addWorkingDays(now, settings.rectify)
    return {
      patch: {
        review: { state: 'rectify', note: ref.note, at: now.toISOString(), byId: me._id },
        rectifyDueAt: due.dueAt,
        calendarEstimated: doc.calendarEstimated || due.estimated
      },
      note: ref.note,
      notify: (next) => [
        { userId: next.assigneeId, title: '差评复核：请限期整改', template: 'caseProgress' },
        { userId: next.submitterId, title: '差评复核结果：责令整改', template: 'caseProgress' }
      ]
    }
  })
}

export function revisitCase(ctx: ActionContext, ref: CaseRef & { note: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'revisit', ref, ({ doc, now }) => ({
    patch: {
      rectified: { problem: doc.review?.note ?? '', action: ref.note, at: now.toISOString() },
      rateReminderAt: new Date(now.getTime() + RATE_REMINDER_DAYS * 86400_000).toISOString()
    },
    note: ref.note,
    notify: (next) => [{ userId: next.submitterId, title: `${CASE_TYPE_LABELS[next.type]}整改已回访，请再次评价`, template: 'caseProgress' }]
  }))
}
