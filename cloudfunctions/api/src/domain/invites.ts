/**
 * One-time invitation codes: the only way to become a steward or a manager.
 * A park manager invites into their own park; the city admin into any park or the city.
 */
import type { Invite, InviteRole, Page } from '../../../../types'
import type { ActionContext } from './context'
import { changeOwnAccount } from './accounts'
import { COLLECTIONS, type InviteDoc, type UserDoc } from './docs'
import { DomainError, fail } from './errors'
import { codeStatus, newInviteCode } from './ids'
import { pageOf } from './paging'

export const INVITE_VALID_DAYS = 7

export function toInvite(doc: InviteDoc, now: Date): Invite {
  return {
    code: doc._id,
    role: doc.role,
    parkId: doc.parkId,
    note: doc.note,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    status: codeStatus({ revokedAt: doc.revokedAt, used: !!doc.usedBy, expiresAt: doc.expiresAt }, now),
    usedByName: doc.usedByName
  }
}

/** The park a manager acts for; null for the city admin, who may act anywhere. */
function managerScope(ctx: ActionContext): string | null {
  const user = ctx.caller.user as UserDoc
  return ctx.caller.role === 'admin' ? null : user.parkId
}

export async function createInvite(
  ctx: ActionContext,
  input: { role: InviteRole; parkId: string | null; note: string }
): Promise<Invite> {
  const scope = managerScope(ctx)
  let parkId = input.parkId
  if (scope !== null) {
    // A park manager can only invite into their own park.
    if (parkId !== null && parkId !== scope) fail('PARK_SCOPE', undefined, 'parkId')
    parkId = scope
  } else if (parkId !== null) {
    const { data } = await ctx.db.collection(COLLECTIONS.parks).doc(parkId).get()
    if (!data) fail('NOT_FOUND', '所选园区不存在', 'parkId')
  }
  if (input.role === 'steward' && parkId === null) fail('INVALID_INPUT', '企业管家须归属一个园区，请选择园区', 'parkId')

  const now = ctx.clock.now()
  const doc: InviteDoc = {
    _id: newInviteCode(),
    role: input.role,
    parkId,
    note: input.note,
    createdBy: (ctx.caller.user as UserDoc)._id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * 86400_000).toISOString(),
    usedBy: null,
    usedByName: null,
    usedAt: null,
    revokedAt: null
  }
  await ctx.db.collection(COLLECTIONS.invites).add({ data: doc as unknown as Record<string, unknown> })
  return toInvite(doc, now)
}

export function listInvites(ctx: ActionContext, page: number, pageSize: number): Promise<Page<Invite>> {
  const scope = managerScope(ctx)
  const base = ctx.db.collection(COLLECTIONS.invites)
  const query = (scope === null ? base : base.where({ parkId: scope })).orderBy('createdAt', 'desc')
  const now = ctx.clock.now()
  return pageOf(query, page, pageSize, (d) => toInvite(d as unknown as InviteDoc, now))
}

export async function revokeInvite(ctx: ActionContext, code: string): Promise<Invite> {
  const scope = managerScope(ctx)
  const now = ctx.clock.now()
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.invites).doc(code)
    const { data } = await ref.get()
    const doc = data as InviteDoc | null
    // Another park's codes are reported as missing: their existence is not ours to confirm.
    if (!doc || (scope !== null && doc.parkId !== scope)) throw new DomainError('INVITE_INVALID', undefined, 'code')
    if (doc.usedBy) throw new DomainError('INVITE_USED', undefined, 'code')
    if (doc.revokedAt) return toInvite(doc, now)
    await ref.update({ data: { revokedAt: now.toISOString() } })
    return toInvite({ ...doc, revokedAt: now.toISOString() }, now)
  })
}

/**
 * Redeems a code: the invite is marked used and the caller's role changes in one
 * transaction, so a code can never make two stewards.
 */
export function redeemInvite(
  ctx: ActionContext,
  input: { code: string; name: string; phone: string }
): Promise<UserDoc> {
  const now = ctx.clock.now()
  return changeOwnAccount(ctx, 'account.redeemInvite', async (user, tx) => {
    if (user.role !== 'guest') throw new DomainError('FORBIDDEN', '您已有身份，不能再使用邀请码')
    const ref = tx.collection(COLLECTIONS.invites).doc(input.code)
    const { data } = await ref.get()
    const invite = data as InviteDoc | null
    if (!invite || invite.revokedAt) throw new DomainError('INVITE_INVALID', undefined, 'code')
    if (invite.usedBy) throw new DomainError('INVITE_USED', undefined, 'code')
    if (invite.expiresAt <= now.toISOString()) throw new DomainError('INVITE_EXPIRED', undefined, 'code')
    await ref.update({ data: { usedBy: user._id, usedByName: input.name, usedAt: now.toISOString() } })
    const role = invite.role === 'manager' && invite.parkId === null ? 'admin' : invite.role
    return { role, parkId: invite.parkId, enterpriseId: null, name: input.name, phone: input.phone }
  })
}
