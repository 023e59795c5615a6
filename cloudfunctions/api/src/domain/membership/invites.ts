/**
 * Joining by invitation: an enterprise's 企业管理员 hands a colleague a one-time code (or a
 * share card carrying it), valid for 7 days. Redeeming it makes the colleague an approved
 * member at once; the code, the membership and the account change in one transaction, so
 * a code can never admit two people.
 */
import { MEMBER_INVITE_VALID_DAYS, type MemberInvite, type Page } from '../../../../../types'
import { DB_ERR, isDbError } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { DomainError } from '../errors'
import { userIdFor } from '../ids'
import { pageOf } from '../paging'
import { actorOf } from './decide'
import type { MemberInviteDoc } from './docs'
import { grantMembership, loadCallerAsApplicant } from './grant'
import { membershipIdOf, newMemberInviteCode } from './ids'
import { audit, MEMBERSHIP_LINKS, notify, readMembership } from './record'
import { loadEnterprise, requireEnterpriseAdmin } from './scope'
import { toMemberInvite } from './views'

const CREATE_ATTEMPTS = 5

export async function createMemberInvite(ctx: ActionContext, input: { note: string }): Promise<MemberInvite> {
  const now = ctx.clock.now()
  const actor = actorOf(ctx)
  for (let attempt = 1; ; attempt++) {
    try {
      const doc = await ctx.db.runTransaction(async (tx) => {
        const admin = await requireEnterpriseAdmin(tx, ctx.caller)
        const invite: MemberInviteDoc = {
          _id: newMemberInviteCode(),
          enterpriseId: admin.enterpriseId,
          enterpriseName: admin.enterpriseName,
          note: input.note,
          createdById: actor.id,
          createdByName: actor.name,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + MEMBER_INVITE_VALID_DAYS * 86_400_000).toISOString(),
          usedById: null,
          usedByName: null,
          usedAt: null,
          revokedAt: null
        }
        await tx.collection(COLLECTIONS.memberInvites).add({ data: invite as unknown as Record<string, unknown> })
        await audit(tx, actor.id, 'membership.createInvite', invite._id, { enterpriseId: invite.enterpriseId, note: input.note }, now)
        return invite
      })
      return toMemberInvite(doc, now)
    } catch (e) {
      // a code that already exists (one in a billion): draw another
      if (!isDbError(e, DB_ERR.DUPLICATE_KEY) || attempt >= CREATE_ATTEMPTS) throw e
    }
  }
}

export async function listMemberInvites(ctx: ActionContext, input: { page: number; pageSize: number }): Promise<Page<MemberInvite>> {
  const admin = await requireEnterpriseAdmin(ctx.db, ctx.caller)
  const now = ctx.clock.now()
  const query = ctx.db.collection(COLLECTIONS.memberInvites).where({ enterpriseId: admin.enterpriseId }).orderBy('createdAt', 'desc')
  return pageOf(query, input.page, input.pageSize, (d) => toMemberInvite(d as unknown as MemberInviteDoc, now))
}

export async function revokeMemberInvite(ctx: ActionContext, input: { code: string }): Promise<MemberInvite> {
  const now = ctx.clock.now()
  const actor = actorOf(ctx)
  const doc = await ctx.db.runTransaction(async (tx) => {
    const admin = await requireEnterpriseAdmin(tx, ctx.caller)
    const ref = tx.collection(COLLECTIONS.memberInvites).doc(input.code)
    const invite = (await ref.get()).data as MemberInviteDoc | null
    // another enterprise's code is reported as unknown: its existence is not ours to confirm
    if (!invite || invite.enterpriseId !== admin.enterpriseId) throw new DomainError('INVITE_INVALID', undefined, 'code')
    if (invite.usedById) throw new DomainError('INVITE_USED', undefined, 'code')
    if (invite.revokedAt) return invite
    const next = { ...invite, revokedAt: now.toISOString() }
    await ref.update({ data: { revokedAt: next.revokedAt } })
    await audit(tx, actor.id, 'membership.revokeInvite', invite._id, { enterpriseId: invite.enterpriseId }, now)
    return next
  })
  return toMemberInvite(doc, now)
}

export async function redeemMemberInvite(ctx: ActionContext, input: { code: string }): Promise<UserDoc> {
  const now = ctx.clock.now()
  const at = now.toISOString()
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.memberInvites).doc(input.code)
    const invite = (await ref.get()).data as MemberInviteDoc | null
    if (!invite || invite.revokedAt) throw new DomainError('INVITE_INVALID', undefined, 'code')
    if (invite.usedById) {
      // the caller's own redemption retried after its answer was lost (a crash, a timeout): answer it again
      const own = invite.usedById === userIdFor(ctx.caller.openid) ? await readMembership(tx, membershipIdOf(invite.enterpriseId, invite.usedById)) : null
      const user = own?.status === 'approved' ? ((await tx.collection(COLLECTIONS.users).doc(own.userId).get()).data as UserDoc | null) : null
      if (user) return user
      throw new DomainError('INVITE_USED', undefined, 'code')
    }
    if (invite.expiresAt <= at) throw new DomainError('INVITE_EXPIRED', '该邀请码已过期，请联系企业管理员重新发放', 'code')
    const enterprise = await loadEnterprise(tx, invite.enterpriseId)
    if (!enterprise) throw new DomainError('INVITE_INVALID', undefined, 'code')
    // a code speaks for its issuer only while they are still the enterprise's admin: a removed
    // admin must not walk back in (or let anyone else in) with codes minted beforehand
    const issuer = await readMembership(tx, membershipIdOf(invite.enterpriseId, invite.createdById))
    if (issuer?.status !== 'approved' || !issuer.isAdmin) throw new DomainError('INVITE_INVALID', undefined, 'code')
    const { user, current } = await loadCallerAsApplicant(tx, ctx.caller.openid, at)
    if (current?.status === 'pending' && current.enterpriseId !== enterprise._id) {
      throw new DomainError('MEMBERSHIP_PENDING', `您对“${current.enterpriseName}”的认证申请正在审核中，请先撤回再使用其他企业的邀请码`)
    }
    // a pending request for this very enterprise is the one the invitation approves
    const request = current?.status === 'pending' ? current : null
    const actor = { id: invite.createdById, name: invite.createdByName }
    const granted = await grantMembership(tx, { enterprise, user, method: 'invite', capacity: 'authorised', actor, request, now })
    await ref.update({ data: { usedById: user._id, usedByName: granted.name || '新成员', usedAt: at } })
    await audit(tx, user._id, 'membership.redeem', granted._id, { enterpriseId: enterprise._id, code: invite._id, invitedBy: invite.createdById }, now)
    await notify(tx, [invite.createdById], '同事已通过邀请加入企业', `${granted.name || '新成员'}使用您发放的邀请码加入了“${enterprise.name}”。`, MEMBERSHIP_LINKS.members, now)
    await notify(tx, [user._id], '已加入企业', `您已通过邀请认证为“${enterprise.name}”的成员。`, MEMBERSHIP_LINKS.apply, now)
    return { ...user, role: 'entrepreneur', enterpriseId: enterprise._id, parkId: enterprise.parkId, membershipId: granted._id, updatedAt: at }
  })
}
