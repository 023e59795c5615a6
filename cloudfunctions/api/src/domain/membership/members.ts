/**
 * An enterprise's members: the list, removal (access ends with the commit), admin changes
 * and leaving. Its 企业管理员 manages them; so may the staff in scope, who can settle a
 * dispute the enterprise cannot. An enterprise keeps at least one admin while it has members.
 */
import type { Membership } from '../../../../../types'
import type { Transaction } from '../../db/port'
import type { ActionContext, Caller } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { actorOf } from './decide'
import type { MembershipDoc } from './docs'
import { endMembership } from './grant'
import { audit, MEMBERSHIP_LINKS, notify, readMembership, readRoster, writeMembership, writeRoster } from './record'
import { isStaff, loadEnterprise, ownApproved, requireEnterpriseAdmin, requireManagerOf, staffCovers } from './scope'
import { toMembership } from './views'

/** an enterprise has tens of members, not thousands */
const MAX_MEMBERS = 1000
const NOT_FOUND = '未找到该成员或您无权管理'

export async function listMembers(ctx: ActionContext, input: { enterpriseId?: string }): Promise<Membership[]> {
  let enterpriseId: string
  if (isStaff(ctx.caller)) {
    if (!input.enterpriseId) fail('INVALID_INPUT', '请指定企业', 'enterpriseId')
    const enterprise = await loadEnterprise(ctx.db, input.enterpriseId)
    if (!enterprise || !staffCovers(ctx.caller, enterprise)) fail('NOT_FOUND', '未找到该企业或您无权查看')
    enterpriseId = enterprise._id
  } else {
    const own = await requireEnterpriseAdmin(ctx.db, ctx.caller)
    if (input.enterpriseId && input.enterpriseId !== own.enterpriseId) fail('NOT_FOUND', '未找到该企业或您无权查看')
    enterpriseId = own.enterpriseId
  }
  const { data } = await ctx.db
    .collection(COLLECTIONS.memberships)
    .where({ enterpriseId, status: 'approved' })
    .orderBy('createdAt', 'asc')
    .limit(MAX_MEMBERS)
    .get()
  return (data as unknown as MembershipDoc[]).map((d) => toMembership(d, ctx.caller))
}

/** an approved member the caller may manage (staff in scope or the enterprise's admin), read in the transaction */
async function loadManagedMember(tx: Transaction, caller: Caller, id: string): Promise<{ target: MembershipDoc; enterprise: EnterpriseDoc; by: 'staff' | 'admin' }> {
  const target = await readMembership(tx, id)
  const enterprise = target ? await loadEnterprise(tx, target.enterpriseId) : null
  if (!target || !enterprise) throw new DomainError('NOT_FOUND', NOT_FOUND)
  const by = await requireManagerOf(tx, caller, enterprise)
  if (target.status !== 'approved') throw new DomainError('NOT_FOUND', '该成员已不在企业中')
  return { target, enterprise, by }
}

export async function removeMember(ctx: ActionContext, input: { id: string; reason: string }): Promise<Membership> {
  const now = ctx.clock.now()
  const actor = actorOf(ctx)
  const doc = await ctx.db.runTransaction(async (tx) => {
    const { target, enterprise, by } = await loadManagedMember(tx, ctx.caller, input.id)
    if (target.userId === actor.id) throw new DomainError('INVALID_INPUT', '不能移除自己，如需离开请使用“退出企业”')
    const reason = input.reason || (by === 'staff' ? '园区工作人员移除' : '企业管理员移除')
    const next = await endMembership(tx, target, 'removed', actor, reason, now)
    await audit(tx, actor.id, 'membership.remove', next._id, { enterpriseId: enterprise._id, userId: target.userId, by, reason }, now)
    await notify(tx, [target.userId], '您已被移出企业', `您已不再是“${enterprise.name}”的认证成员：${reason}`, MEMBERSHIP_LINKS.apply, now)
    return next
  })
  return toMembership(doc, ctx.caller)
}

export async function setMemberAdmin(ctx: ActionContext, input: { id: string; admin: boolean }): Promise<Membership> {
  const now = ctx.clock.now()
  const at = now.toISOString()
  const actor = actorOf(ctx)
  const doc = await ctx.db.runTransaction(async (tx) => {
    const { target, enterprise, by } = await loadManagedMember(tx, ctx.caller, input.id)
    if (target.isAdmin === input.admin) return target
    const roster = await readRoster(tx, enterprise._id)
    if (!input.admin && roster.admins <= 1) throw new DomainError('LAST_ADMIN')
    const next: MembershipDoc = { ...target, isAdmin: input.admin, updatedAt: at }
    await writeMembership(tx, next)
    await writeRoster(tx, { ...roster, admins: roster.admins + (input.admin ? 1 : -1) }, now)
    await audit(tx, actor.id, 'membership.setAdmin', next._id, { enterpriseId: enterprise._id, userId: target.userId, admin: input.admin, by }, now)
    if (target.userId !== actor.id) {
      const title = input.admin ? '您已成为企业管理员' : '您已不再是企业管理员'
      await notify(tx, [target.userId], title, `“${enterprise.name}”：${title}（由${actor.name}设置）。`, MEMBERSHIP_LINKS.members, now)
    }
    return next
  })
  return toMembership(doc, ctx.caller)
}

/** the member leaves; the last admin hands over first when others remain */
export async function leaveEnterprise(ctx: ActionContext): Promise<UserDoc> {
  const now = ctx.clock.now()
  const actor = actorOf(ctx)
  return ctx.db.runTransaction(async (tx) => {
    const own = await ownApproved(tx, ctx.caller)
    if (!own) throw new DomainError('NOT_BOUND')
    await endMembership(tx, own, 'left', actor, null, now)
    await audit(tx, actor.id, 'membership.leave', own._id, { enterpriseId: own.enterpriseId }, now)
    // what endMembership wrote: the cached role follows the membership
    const me = ctx.caller.user as UserDoc
    return { ...me, role: 'guest', enterpriseId: null, parkId: null, membershipId: own._id, updatedAt: now.toISOString() }
  })
}
