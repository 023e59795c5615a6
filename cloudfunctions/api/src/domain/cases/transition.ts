/**
 * One way every case write happens. Inside a transaction: load, check the caller may
 * see the case (else NOT_FOUND), holds a role that may take the action (FORBIDDEN),
 * saw the current version (CASE_STALE), that the action is legal from the status
 * (INVALID_TRANSITION), and that the action is theirs to take (FORBIDDEN); then one
 * update with the new fields, the history entry and version + 1, plus the
 * notifications it causes — all committed together.
 */
import type { CaseAction, CaseDetail, CaseStatus, EventVisibility, Attachment } from '../../../../../types'
import { OPEN_CASE_STATUSES } from '../../../../../types'
import type { Transaction } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc, type UserDoc } from '../docs'
import { DomainError } from '../errors'
import { refreshDeadline } from './deadlines'
import { CASE_RULES, guardMessage, isActorOf, roleMayAct, targetStatus } from './machine'
import { notifyCase, type CaseNotice } from './notify'
import { toDetail } from './views'
import { canSee } from './visibility'

export interface CaseRef {
  id: string
  version: number
}

export interface StepInput {
  doc: CaseDoc
  me: UserDoc
  now: Date
  tx: Transaction
}

export interface StepResult {
  patch?: Partial<CaseDoc>
  /** for 'rate': a 差评 leads to review instead of closing */
  badRating?: boolean
  note?: string
  attachments?: Attachment[]
  visibility?: EventVisibility
  /** told after the write; the complained-of steward and the actor are dropped */
  notify?: (next: CaseDoc) => CaseNotice[]
}

export type Step = (input: StepInput) => Promise<StepResult> | StepResult

/** Loads a case outside a transaction, for the queries a step needs before it runs (staff lists). */
export async function peekCase(ctx: ActionContext, id: string): Promise<CaseDoc> {
  const { data } = await ctx.db.collection(COLLECTIONS.cases).doc(id).get()
  const doc = data as CaseDoc | null
  if (!doc || !canSee(ctx.caller, doc)) throw new DomainError('NOT_FOUND', '办件不存在或您无权查看')
  return doc
}

/** the fields that differ, each replaced whole (a plain object would merge field by field) */
function changes(ctx: ActionContext, before: CaseDoc, after: CaseDoc): Record<string, unknown> {
  const _ = ctx.db.command
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(after)) {
    if (key === '_id' || key === 'events') continue
    const prior = (before as unknown as Record<string, unknown>)[key]
    if (JSON.stringify(prior) !== JSON.stringify(value)) out[key] = _.set(value)
  }
  return out
}

export async function runTransition(ctx: ActionContext, action: CaseAction, ref: CaseRef, step: Step): Promise<CaseDetail> {
  const { caller } = ctx
  const me = caller.user as UserDoc
  const rule = CASE_RULES[action]
  const now = ctx.clock.now()
  const at = now.toISOString()

  const next = await ctx.db.runTransaction(async (tx) => {
    const docRef = tx.collection(COLLECTIONS.cases).doc(ref.id)
    const doc = (await docRef.get()).data as CaseDoc | null
    if (!doc || !canSee(caller, doc)) throw new DomainError('NOT_FOUND', '办件不存在或您无权查看')
    // a retry of this very request, whose write landed before a crash (decision 0013): its answer
    if (ctx.requestKey && doc.lastRequestKey === ctx.requestKey) return doc
    if (!roleMayAct(rule.actor, caller.role)) throw new DomainError('FORBIDDEN')
    if (doc.version !== ref.version) throw new DomainError('CASE_STALE')
    if (!rule.from.includes(doc.status)) throw new DomainError('INVALID_TRANSITION')
    const guard = guardMessage(action, doc)
    if (guard) throw new DomainError('INVALID_TRANSITION', guard)
    if (!isActorOf(rule.actor, { role: caller.role, userId: me._id }, doc.assigneeId)) {
      throw new DomainError('FORBIDDEN', rule.actor === 'assignee' ? '只有承办人可以进行此操作' : undefined)
    }

    const result = await step({ doc, me, now, tx })
    const status: CaseStatus = targetStatus(action, doc.status, result.badRating)
    const event: CaseEventDoc = {
      at,
      action: rule.event,
      actorId: me._id,
      actorName: me.name || (caller.role === 'entrepreneur' ? '企业用户' : caller.role === 'guest' ? '个人用户' : '工作人员'),
      actorRole: caller.role,
      note: result.note ?? '',
      attachments: result.attachments ?? [],
      visibility: result.visibility ?? 'all'
    }
    const after: CaseDoc = {
      ...doc,
      ...result.patch,
      status,
      open: OPEN_CASE_STATUSES.includes(status),
      updatedAt: at,
      version: doc.version + 1,
      events: [...doc.events, event],
      lastRequestKey: ctx.requestKey ?? null
    }
    if (!after.open) {
      after.awaitingInfo = false
      if (status !== 'resolved') after.rateReminderAt = null
    }
    Object.assign(after, refreshDeadline(doc, after, now))
    await docRef.update({ data: { ...changes(ctx, doc, after), events: ctx.db.command.push([event]) } })
    if (result.notify) await notifyCase(tx, after, result.notify(after), me._id, now)
    return after
  })
  return toDetail(next, caller, now)
}
