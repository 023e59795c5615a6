/**
 * Submitting a case (咨询, 投诉, and 服务申请 through the services module): routed,
 * numbered, deadlines counted, first history entries written and the handler
 * notified — the case, its number and the notifications land together or not at all.
 */
import { CASE_TYPE_LABELS, type Attachment, type CaseDetail, type CaseType } from '../../../../../types'
import { DB_ERR, isDbError } from '../../db/port'
import { loadDeadlineSettings, loadWorkCalendar } from '../calendar'
import type { ActionContext } from '../context'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc, type UserDoc } from '../docs'
import { fail } from '../errors'
import { checkAttachments, uploaderOf } from './attachments'
import { justAfter } from './deadlines'
import { caseIdFor, counterId, queued, takeCaseNumber } from './numbers'
import { notifyCase } from './notify'
import { enterpriseSteward, routeCase, routeIndividual } from './routing'
import { caseOrigin } from './origin'
import { parkSupervisors } from './staff'
import { toDetail, titleOf } from './views'

export interface NewCaseInput {
  type: CaseType
  category: string
  text: string
  attachments: Attachment[]
  /** a complaint about the enterprise's own steward */
  aboutSteward?: boolean
  /** fields another module keeps on the case (e.g. the service applied for) */
  extra?: Record<string, unknown>
  /** a fixed id, for demo data that must seed idempotently (never from a payload) */
  id?: string
}

/** submits race on the day's counter, so a transaction may need several runs */
const CREATE_TX_TIMES = 10
const BACKOFF_ROUNDS = 6

/** Other instances may keep winning the counter: wait a random, growing while and try again. */
async function withBackoff<T>(fn: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await fn()
    } catch (e) {
      if (!isDbError(e, DB_ERR.TX_CONFLICT) || round >= BACKOFF_ROUNDS) throw e
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * round))
    }
  }
}

export const SYSTEM_ACTOR = { actorId: null, actorName: '系统', actorRole: 'system' } as const

export async function createCase(ctx: ActionContext, input: NewCaseInput): Promise<CaseDetail> {
  const { db } = ctx
  // an approved member for their enterprise, or a 待认证 user consulting as an individual
  const origin = await caseOrigin(ctx, input.type, input.extra !== undefined)
  const { me, enterprise } = origin
  const attachments = checkAttachments(input.attachments, uploaderOf(ctx))

  let about: UserDoc | null = null
  if (input.type === 'complaint' && input.aboutSteward && enterprise) {
    about = await enterpriseSteward(db, enterprise)
    if (!about) fail('INVALID_INPUT', '贵企业目前没有企业管家，无法投诉管家；请选择其他类别', 'aboutSteward')
  }

  const now = ctx.clock.now()
  const at = now.toISOString()
  const [assignee, calendar, settings] = await Promise.all([
    enterprise ? routeCase(db, input.type, enterprise) : routeIndividual(db, origin.parkId),
    loadWorkCalendar(db),
    loadDeadlineSettings(db)
  ])
  const supervisors = assignee ? [] : await parkSupervisors(db, origin.parkId)
  const response = calendar.addWorkingDays(now, settings[input.type].response)
  const resolve = calendar.addWorkingDays(now, settings[input.type].resolve)

  const events: CaseEventDoc[] = [
    { at, action: 'submit', actorId: me._id, actorName: origin.displayName, actorRole: origin.actorRole, note: '', attachments: [], visibility: 'all' }
  ]
  if (assignee) events.push({ at, action: 'assign', ...SYSTEM_ACTOR, note: `已自动交办给${assignee.name}`, attachments: [], visibility: 'all' })

  const status = assignee ? 'assigned' : 'submitted'
  const base: Omit<CaseDoc, 'number'> = {
    ...input.extra,
    _id: input.id ?? caseIdFor(ctx.requestKey),
    type: input.type,
    category: input.category,
    title: titleOf(input.text),
    text: input.text,
    attachments,
    enterpriseId: enterprise?._id ?? null,
    enterpriseName: origin.enterpriseName,
    parkId: origin.parkId,
    submitterId: me._id,
    submitterName: origin.displayName,
    submitterPhone: me.phone,
    aboutStewardId: about?._id ?? null,
    aboutStewardName: about?.name ?? null,
    assigneeId: assignee?._id ?? null,
    assigneeName: assignee?.name ?? null,
    assigneeRole: assignee?.role ?? null,
    assignedAt: assignee ? at : null,
    status,
    open: true,
    awaitingInfo: false,
    createdAt: at,
    updatedAt: at,
    version: 0,
    responseDueAt: response.dueAt,
    resolveDueAt: resolve.dueAt,
    rectifyDueAt: null,
    firstResponseAt: null,
    firstResponderId: null,
    resolvedAt: null,
    resolverId: null,
    resolvedOnTime: null,
    closedAt: null,
    nextDeadlineAt: response.dueAt,
    nextDeadlineKind: 'response',
    overdue: false,
    escalationLevel: 0,
    nextEscalationAt: justAfter(response.dueAt),
    pressCount: 0,
    calendarEstimated: response.estimated || resolve.estimated,
    rating: null,
    firstBadRating: null,
    rateReminderAt: null,
    review: null,
    rectified: null,
    events
  }

  const label = CASE_TYPE_LABELS[input.type]
  const notices = assignee
    ? [{ userId: assignee._id, title: `新的${label}待受理`, template: 'caseProgress' as const }]
    : supervisors.map((u) => ({ userId: u._id, title: `有${label}待分派` }))
  const write = () =>
    db.runTransaction(async (tx) => {
      // a retry of a request whose case landed before a crash: the same id finds it (decision 0013)
      const earlier = (await tx.collection(COLLECTIONS.cases).doc(base._id).get()).data as CaseDoc | null
      if (earlier) return earlier
      const created: CaseDoc = { ...base, number: await takeCaseNumber(tx, input.type, now) }
      await tx.collection(COLLECTIONS.cases).add({ data: created as unknown as Record<string, unknown> })
      // a guest's first write creates their account, so the case has someone to belong to
      if (origin.newUser) {
        const { _id, ...user } = origin.newUser
        await tx.collection(COLLECTIONS.users).doc(_id).set({ data: user as unknown as Record<string, unknown> })
      }
      await notifyCase(tx, created, notices, me._id, now)
      return created
    }, CREATE_TX_TIMES)
  const doc = await queued(counterId(input.type, now), () => withBackoff(write))
  return toDetail(doc, ctx.caller, now)
}
