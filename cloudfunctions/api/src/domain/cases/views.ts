/** Stored case → what a given reader sees: masked where needed, with the actions open to them. */
import type { CaseAction, CaseDetail, CaseEvent, CaseSummary, EscalationLevel } from '../../../../../types'
import type { Caller } from '../context'
import type { CaseDoc } from '../docs'
import { CASE_ACTIONS, CASE_RULES, guardMessage, isActorOf, isLegal, roleMayAct } from './machine'
import { COMPLAINANT_ACTOR, COMPLAINANT_HIDDEN, eventVisibleTo, isManagerRole, maskPhone, seesComplainant } from './visibility'

/** lists leave the heavy parts behind */
export const SUMMARY_PROJECTION = { events: false, text: false, attachments: false } as const

const TITLE_MAX = 30

export function titleOf(text: string): string {
  const line = text.split(/\r?\n/).map((s) => s.trim()).find((s) => s.length > 0) ?? ''
  const chars = [...line]
  return chars.length <= TITLE_MAX ? line : chars.slice(0, TITLE_MAX - 1).join('') + '…'
}

export function toSummary(doc: CaseDoc, now: Date): CaseSummary {
  const dueAt = doc.nextDeadlineAt
  return {
    _id: doc._id,
    number: doc.number,
    type: doc.type,
    category: doc.category,
    title: doc.title,
    status: doc.status,
    enterpriseName: doc.enterpriseName,
    parkId: doc.parkId,
    assigneeName: doc.assigneeName,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    deadline:
      doc.nextDeadlineKind && dueAt
        ? { kind: doc.nextDeadlineKind, dueAt, overdue: doc.overdue || now.toISOString() > dueAt }
        : null,
    escalationLevel: doc.escalationLevel as EscalationLevel,
    pressCount: doc.pressCount,
    awaitingInfo: doc.awaitingInfo,
    rating: doc.rating?.level ?? null,
    version: doc.version
  }
}

/** The actions this caller may take on the case right now (the same checks the writes make). */
export function allowedActions(caller: Caller, doc: CaseDoc): CaseAction[] {
  const userId = caller.user?._id
  if (!userId) return []
  return CASE_ACTIONS.filter((action) => {
    const rule = CASE_RULES[action]
    return (
      roleMayAct(rule.actor, caller.role) &&
      isLegal(doc.status, action) &&
      guardMessage(action, doc) === null &&
      isActorOf(rule.actor, { role: caller.role, userId }, doc.assigneeId)
    )
  })
}

/** Full view for a reader who may see the case (the caller has checked that). */
export function toDetail(doc: CaseDoc, caller: Caller, now: Date): CaseDetail {
  const identity = seesComplainant(caller, doc)
  const mayNameSteward = isManagerRole(caller.role) || caller.role === 'entrepreneur'
  const events: CaseEvent[] = doc.events
    .filter((e) => eventVisibleTo(e.visibility, caller.role))
    .map((e) => ({
      at: e.at,
      action: e.action,
      actorName: !identity && e.actorRole === 'entrepreneur' ? COMPLAINANT_ACTOR : e.actorName,
      actorRole: e.actorRole,
      note: e.note,
      attachments: e.attachments,
      visibility: e.visibility
    }))
  return {
    ...toSummary(doc, now),
    text: doc.text,
    attachments: doc.attachments,
    submitterName: identity ? doc.submitterName : COMPLAINANT_HIDDEN,
    submitterPhone: identity ? doc.submitterPhone : maskPhone(doc.submitterPhone),
    aboutSteward: doc.aboutStewardId !== null,
    aboutStewardName: mayNameSteward ? doc.aboutStewardName : null,
    responseDueAt: doc.responseDueAt,
    resolveDueAt: doc.resolveDueAt,
    firstResponseAt: doc.firstResponseAt,
    resolvedAt: doc.resolvedAt,
    calendarEstimated: doc.calendarEstimated,
    ratingDetail: doc.rating,
    review: doc.review
      ? {
          state: doc.review.state,
          note: doc.review.note,
          at: doc.review.at,
          rectifyDueAt: doc.review.state === 'rectify' ? doc.rectifyDueAt : null
        }
      : null,
    events,
    allowed: allowedActions(caller, doc),
    service: doc.service ?? null,
    lecture: doc.lectureId ? { id: doc.lectureId, title: doc.lectureTitle ?? '' } : null
  }
}
