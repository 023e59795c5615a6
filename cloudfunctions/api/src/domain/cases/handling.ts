/** What the assignee does: accept, reply, ask for information, transfer, resolve. */
import { CASE_TYPE_LABELS, type Attachment, type CaseDetail } from '../../../../../types'
import type { ActionContext } from '../context'
import type { CaseDoc, UserDoc } from '../docs'
import { checkAttachments, uploaderOf } from './attachments'
import { assigneeFields, checkAssignee } from './assignee'
import { runTransition, type CaseRef } from './transition'

/** enterprises get three days to rate before a reminder */
export const RATE_REMINDER_DAYS = 3

/**
 * The first response (accept, reply, or resolving straight away) is recorded once; from then
 * on the case runs against its resolution deadline (counted from submission) instead.
 */
function firstResponse(doc: CaseDoc, me: UserDoc, at: string): Partial<CaseDoc> {
  return doc.firstResponseAt ? {} : { firstResponseAt: at, firstResponderId: me._id }
}

const label = (doc: CaseDoc) => CASE_TYPE_LABELS[doc.type]

export function acceptCase(ctx: ActionContext, ref: CaseRef): Promise<CaseDetail> {
  return runTransition(ctx, 'accept', ref, ({ doc, me, now }) => ({
    patch: firstResponse(doc, me, now.toISOString()),
    notify: (next) => [{ userId: next.submitterId, title: `您的${label(next)}已受理`, template: 'caseProgress' }]
  }))
}

export function replyCase(ctx: ActionContext, ref: CaseRef & { text: string; attachments: Attachment[] }): Promise<CaseDetail> {
  return runTransition(ctx, 'reply', ref, ({ doc, me, now }) => ({
    patch: { ...firstResponse(doc, me, now.toISOString()), awaitingInfo: false },
    note: ref.text,
    attachments: checkAttachments(ref.attachments, uploaderOf(ctx)),
    notify: (next) => [{ userId: next.submitterId, title: `您的${label(next)}有新答复`, template: 'caseProgress' }]
  }))
}

export function requestInfo(ctx: ActionContext, ref: CaseRef & { text: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'requestInfo', ref, () => ({
    patch: { awaitingInfo: true },
    note: ref.text,
    notify: (next) => [{ userId: next.submitterId, title: `您的${label(next)}需要补充材料`, template: 'caseProgress' }]
  }))
}

export function transferCase(ctx: ActionContext, ref: CaseRef & { toUserId: string; reason: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'transfer', ref, async ({ doc, tx, now }) => {
    const target = await checkAssignee(tx, doc, ref.toUserId)
    return {
      patch: assigneeFields(target, now.toISOString()),
      note: `转交${target.name}：${ref.reason}`,
      // the reason is between colleagues; the enterprise sees the new handler's name
      visibility: 'staff',
      notify: (next) => [{ userId: target._id, title: `有转办的${label(next)}待受理`, template: 'caseProgress' }]
    }
  })
}

export function resolveCase(ctx: ActionContext, ref: CaseRef & { summary: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'resolve', ref, ({ doc, me, now }) => {
    const at = now.toISOString()
    return {
      patch: {
        ...firstResponse(doc, me, at),
        resolvedAt: at,
        resolverId: me._id,
        resolvedOnTime: doc.resolveDueAt === null || at <= doc.resolveDueAt,
        rateReminderAt: new Date(now.getTime() + RATE_REMINDER_DAYS * 86400_000).toISOString()
      },
      note: ref.summary,
      notify: (next) => [{ userId: next.submitterId, title: `您的${label(next)}已办结，请评价`, template: 'caseProgress' }]
    }
  })
}
