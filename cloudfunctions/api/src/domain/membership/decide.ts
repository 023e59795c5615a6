/**
 * The park decides a request: the enterprise's steward, a manager of its park or the city
 * admin approves (the applicant becomes a member at once) or rejects with a reason the
 * applicant reads on their 我的 page.
 */
import type { Membership } from '../../../../../types'
import type { ActionContext } from '../context'
import type { UserDoc } from '../docs'
import { DomainError } from '../errors'
import { grantMembership, loadApplicant, type Actor } from './grant'
import { queueKeyOf } from './ids'
import { audit, MEMBERSHIP_LINKS, notify, readMembership, writeMembership } from './record'
import { loadEnterprise, staffCovers } from './scope'
import { toMembership } from './views'

const NOT_FOUND = '未找到该认证申请或您无权审核'

export function actorOf(ctx: ActionContext): Actor {
  const me = ctx.caller.user as UserDoc
  return { id: me._id, name: me.name || '工作人员' }
}

export async function approveMembership(ctx: ActionContext, id: string): Promise<Membership> {
  const now = ctx.clock.now()
  const actor = actorOf(ctx)
  const doc = await ctx.db.runTransaction(async (tx) => {
    const request = await readMembership(tx, id)
    const enterprise = request ? await loadEnterprise(tx, request.enterpriseId) : null
    if (!request || !enterprise || !staffCovers(ctx.caller, enterprise)) throw new DomainError('NOT_FOUND', NOT_FOUND)
    if (request.status !== 'pending') throw new DomainError('MEMBERSHIP_DECIDED')
    const user = await loadApplicant(tx, request.userId, null)
    const granted = await grantMembership(tx, { enterprise, user, method: 'park', capacity: request.capacity, actor, request, now })
    await audit(tx, actor.id, 'membership.approve', granted._id, { enterpriseId: enterprise._id, userId: user._id, isAdmin: granted.isAdmin }, now)
    await notify(
      tx,
      [user._id],
      '企业认证已通过',
      `您已认证为“${enterprise.name}”的成员${granted.isAdmin ? '，并成为企业管理员，可邀请同事加入' : ''}。`,
      MEMBERSHIP_LINKS.apply,
      now
    )
    return granted
  })
  return toMembership(doc, ctx.caller)
}

export async function rejectMembership(ctx: ActionContext, input: { id: string; reason: string }): Promise<Membership> {
  const now = ctx.clock.now()
  const at = now.toISOString()
  const actor = actorOf(ctx)
  const doc = await ctx.db.runTransaction(async (tx) => {
    const request = await readMembership(tx, input.id)
    const enterprise = request ? await loadEnterprise(tx, request.enterpriseId) : null
    if (!request || !enterprise || !staffCovers(ctx.caller, enterprise)) throw new DomainError('NOT_FOUND', NOT_FOUND)
    if (request.status !== 'pending') throw new DomainError('MEMBERSHIP_DECIDED')
    const next = {
      ...request,
      status: 'rejected' as const,
      reason: input.reason,
      decidedById: actor.id,
      decidedByName: actor.name,
      decidedAt: at,
      updatedAt: at,
      queueKey: queueKeyOf('rejected', request.parkId)
    }
    await writeMembership(tx, next)
    await audit(tx, actor.id, 'membership.reject', next._id, { enterpriseId: enterprise._id, userId: request.userId, reason: input.reason }, now)
    await notify(tx, [request.userId], '企业认证未通过', `您对“${enterprise.name}”的认证申请未通过：${input.reason}`, MEMBERSHIP_LINKS.apply, now)
    return next
  })
  return toMembership(doc, ctx.caller)
}
