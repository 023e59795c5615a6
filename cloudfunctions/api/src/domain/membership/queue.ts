/**
 * The staff side: requests in scope (steward: the enterprises in their care; manager: their
 * park; admin: the city), the workbench count, and one request. Scope is part of every
 * query, so neither an item nor a count leaks beyond it.
 */
import type { Membership, MembershipCounts, Page } from '../../../../../types'
import type { Condition, Database } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { userIdFor } from '../ids'
import { listPage, type Paging } from '../paging'
import type { MembershipDoc } from './docs'
import { queueKeyOf } from './ids'
import { loadEnterprise, ownApproved, staffCovers } from './scope'
import { toMembership } from './views'

type Queue = 'pending' | 'decided'

/** a steward looks after dozens of enterprises; the cap only keeps the query within limits */
const MAX_CARED = 1000
const DECIDED: MembershipDoc['status'][] = ['approved', 'rejected', 'withdrawn', 'removed', 'left']

async function caredFor(db: Database, stewardId: string): Promise<string[]> {
  const { data } = await db.collection(COLLECTIONS.enterprises).where({ stewardId }).field({ _id: true }).limit(MAX_CARED).get()
  return data.map((d) => d._id)
}

/** the condition that selects a queue in the caller's scope (null: nothing in scope) */
async function scopeCondition(ctx: ActionContext, queue: Queue): Promise<Condition | null> {
  const _ = ctx.db.command
  const me = ctx.caller.user as UserDoc
  switch (ctx.caller.role) {
    case 'steward': {
      const ids = await caredFor(ctx.db, me._id)
      if (ids.length === 0) return null
      return { enterpriseId: _.in(ids), status: queue === 'pending' ? 'pending' : _.in(DECIDED) }
    }
    case 'manager':
      if (!me.parkId) fail('PARK_SCOPE', '您的账号未归属园区')
      return { queueKey: queueKeyOf(queue === 'pending' ? 'pending' : 'approved', me.parkId) }
    case 'admin':
      // the whole city: by status, which (status, createdAt, _id) serves in order
      return { status: queue === 'pending' ? 'pending' : _.in(DECIDED) }
    default:
      throw new DomainError('FORBIDDEN')
  }
}

export async function membershipQueue(ctx: ActionContext, input: { status: Queue } & Paging): Promise<Page<Membership>> {
  const cond = await scopeCondition(ctx, input.status)
  if (!cond) return { items: [], total: 0, page: input.page, pageSize: input.pageSize, hasMore: false }
  // pending: the oldest first, as a queue; decided: the latest first, as a history
  const spec = { where: cond, orderBy: ['createdAt', input.status === 'pending' ? 'asc' : 'desc'] as [string, 'asc' | 'desc'] }
  return listPage(ctx.db, ctx.db.collection(COLLECTIONS.memberships), spec, input, (d) => toMembership(d as unknown as MembershipDoc, ctx.caller))
}

export async function membershipCounts(ctx: ActionContext): Promise<MembershipCounts> {
  const cond = await scopeCondition(ctx, 'pending')
  if (!cond) return { pending: 0 }
  const { total } = await ctx.db.collection(COLLECTIONS.memberships).where(cond).count()
  return { pending: total }
}

/** the applicant themself, staff in scope, or the enterprise's admin; anyone else: NOT_FOUND */
export async function getMembership(ctx: ActionContext, id: string): Promise<Membership> {
  const { data } = await ctx.db.collection(COLLECTIONS.memberships).doc(id).get()
  const doc = data as MembershipDoc | null
  const missing = () => new DomainError('NOT_FOUND', '未找到该认证申请')
  if (!doc) throw missing()
  const me = ctx.caller.user
  if (doc.userId === (me?._id ?? userIdFor(ctx.caller.openid))) return toMembership(doc, ctx.caller)
  if (ctx.caller.role === 'entrepreneur' && me?.enterpriseId === doc.enterpriseId) {
    const own = await ownApproved(ctx.db, ctx.caller)
    if (own?.isAdmin) return toMembership(doc, ctx.caller)
    throw missing()
  }
  const enterprise = await loadEnterprise(ctx.db, doc.enterpriseId)
  if (enterprise && staffCovers(ctx.caller, enterprise)) return toMembership(doc, ctx.caller)
  throw missing()
}
