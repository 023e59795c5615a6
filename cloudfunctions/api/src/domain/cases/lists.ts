/**
 * Reading cases: 我的办件, the handler's inbox, the managers' supervision views, one
 * case, and the people a case may be given to. Every list is filtered in the query,
 * so neither an item nor a count leaks beyond what the caller may see.
 */
import {
  MY_CASE_FILTER_STATUSES,
  type Assignee,
  type CaseDetail,
  type CaseStatus,
  type CaseSummary,
  type CaseType,
  type MyCaseFilter,
  type Page
} from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type CaseDoc, type EnterpriseDoc, type UserDoc } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'
import { listPage, type Paging } from '../paging'
import { usersWithRole, withLoads } from './staff'
import { peekCase } from './transition'
import { SUMMARY_PROJECTION, toDetail, toSummary } from './views'


export type InboxFilter = 'all' | 'overdue' | 'awaitingInfo'
export type SuperviseView = 'overdue' | 'open' | 'unassigned' | 'review' | 'all'

function casesPage(ctx: ActionContext, cond: Record<string, unknown>, order: [string, 'asc' | 'desc'], paging: Paging): Promise<Page<CaseSummary>> {
  const now = ctx.clock.now()
  const spec = { where: cond, orderBy: order, field: { ...SUMMARY_PROJECTION } }
  return listPage(ctx.db, ctx.db.collection(COLLECTIONS.cases), spec, paging, (d) => toSummary(d as unknown as CaseDoc, now))
}

/** guests have no user document until their first write; their id still follows from the openid */
const ownId = (ctx: ActionContext): string => ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)

export function myCases(ctx: ActionContext, input: Paging & { type?: CaseType; filter: MyCaseFilter }): Promise<Page<CaseSummary>> {
  const enterpriseId = ctx.caller.user?.enterpriseId
  // a 待认证 user sees the consults they filed as an individual, and nothing of any enterprise
  if (ctx.caller.role === 'guest') return casesPage(ctx, { submitterId: ownId(ctx), enterpriseId: null, ...myFilters(ctx, input) }, ['createdAt', 'desc'], input)
  if (!enterpriseId) fail('NOT_BOUND')
  return casesPage(ctx, { enterpriseId, ...myFilters(ctx, input) }, ['createdAt', 'desc'], input)
}

function myFilters(ctx: ActionContext, input: { type?: CaseType; filter: MyCaseFilter }): Record<string, unknown> {
  const cond: Record<string, unknown> = {}
  if (input.filter !== 'all') cond.status = ctx.db.command.in(MY_CASE_FILTER_STATUSES[input.filter])
  if (input.type) cond.type = input.type
  return cond
}

/** open cases the caller holds, the most urgent deadline first */
export function inbox(ctx: ActionContext, input: Paging & { type?: CaseType; filter: InboxFilter }): Promise<Page<CaseSummary>> {
  const _ = ctx.db.command
  const me = ctx.caller.user as UserDoc
  // never assigned to the steward complained of; the condition makes sure of it
  const cond: Record<string, unknown> = { assigneeId: me._id, open: true, aboutStewardId: _.neq(me._id) }
  if (input.filter === 'overdue') cond.nextDeadlineAt = _.lt(ctx.clock.now().toISOString())
  if (input.filter === 'awaitingInfo') cond.awaitingInfo = true
  if (input.type) cond.type = input.type
  return casesPage(ctx, cond, ['nextDeadlineAt', 'asc'], input)
}

/**
 * A manager's park, or the whole city for the admin. Each view is served by one compound
 * index (db/indexes.ts): the park's views lead with parkId, the city's leave it out; a
 * city-level case (parkId null) is in no park's views and in every city view.
 */
export function supervise(ctx: ActionContext, input: Paging & { type?: CaseType; view: SuperviseView }): Promise<Page<CaseSummary>> {
  const _ = ctx.db.command
  const me = ctx.caller.user as UserDoc
  let parkId: string | null = null
  if (ctx.caller.role !== 'admin') {
    if (!me.parkId) fail('PARK_SCOPE', '您的账号未归属园区')
    parkId = me.parkId
  }
  const inPark = parkId ? { parkId } : {}
  const byStatus = (status: CaseStatus) => ({ ...inPark, status })
  const openCases = { ...inPark, open: true }
  let cond: Record<string, unknown>
  let order: [string, 'asc' | 'desc']
  switch (input.view) {
    case 'overdue':
      // live, not the sweep's flag: a case is overdue the moment its deadline passes.
      cond = { ...openCases, nextDeadlineAt: _.lt(ctx.clock.now().toISOString()) }
      order = ['nextDeadlineAt', 'asc']
      break
    case 'open':
      cond = openCases
      order = ['nextDeadlineAt', 'asc']
      break
    case 'unassigned':
      cond = byStatus('submitted')
      order = ['createdAt', 'asc']
      break
    case 'review':
      cond = byStatus('rated')
      order = ['createdAt', 'asc']
      break
    case 'all':
      cond = { ...inPark }
      order = ['createdAt', 'desc']
      break
  }
  if (input.type) cond.type = input.type
  return casesPage(ctx, cond, order, input)
}

export async function getCase(ctx: ActionContext, id: string): Promise<CaseDetail> {
  return toDetail(await peekCase(ctx, id), ctx.caller, ctx.clock.now())
}

/**
 * Stewards and managers of the case's park with their open load, for assign and
 * transfer. The steward complained of and the current holder are left out.
 */
export async function assigneesFor(ctx: ActionContext, id: string): Promise<Assignee[]> {
  const doc = await peekCase(ctx, id)
  const [staff, ent] = await Promise.all([
    // a city-level case (an individual consult) goes to managers and admins, not to every steward
    doc.parkId === null ? usersWithRole(ctx.db, ['manager', 'admin'], null) : usersWithRole(ctx.db, ['steward', 'manager'], doc.parkId),
    doc.enterpriseId ? ctx.db.collection(COLLECTIONS.enterprises).doc(doc.enterpriseId).get() : null
  ])
  const stewardId = (ent?.data as EnterpriseDoc | null | undefined)?.stewardId ?? null
  const eligible = staff.filter((u) => u._id !== doc.aboutStewardId && u._id !== doc.assigneeId)
  const loads = await withLoads(ctx.db, eligible)
  return loads
    .map(({ user, load }) => ({ _id: user._id, name: user.name, role: user.role, load, isEnterpriseSteward: user._id === stewardId && doc.aboutStewardId === null }))
    .sort((a, b) => Number(b.isEnterpriseSteward) - Number(a.isEnterpriseSteward) || (a.role === b.role ? 0 : a.role === 'steward' ? -1 : 1) || a.load - b.load)
}
