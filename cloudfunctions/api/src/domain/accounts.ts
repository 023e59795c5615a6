/**
 * Accounts: who the caller is, profile edits. Identity is the openid the platform gives
 * us; roles live on the user document, and an enterprise role only counts while the
 * approved membership behind it exists (membership/caller.ts). Becoming a member of an
 * enterprise is domain/membership's business.
 */
import type { Account, Enterprise, Me, Park } from '../../../../types'
import type { Database, Transaction } from '../db/port'
import type { ActionContext, Caller } from './context'
import { COLLECTIONS, type EnterpriseDoc, type ParkDoc, type UserDoc } from './docs'
import { userIdFor } from './ids'
import { currentMembership, verifiedUser } from './membership/caller'

export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  const { data } = await db.collection(COLLECTIONS.users).doc(userIdFor(openid)).get()
  // an entrepreneur without an approved membership for that enterprise is a guest here
  const user = await verifiedUser(db, (data as UserDoc | null) ?? null)
  return { openid, user, role: user?.role ?? 'guest' }
}

export function toAccount(user: UserDoc | null, openid: string): Account {
  return {
    _id: user?._id ?? userIdFor(openid),
    role: user?.role ?? 'guest',
    name: user?.name ?? '',
    phone: user?.phone ?? '',
    parkId: user?.parkId ?? null,
    enterpriseId: user?.enterpriseId ?? null,
    createdAt: user?.createdAt ?? ''
  }
}

export function toEnterprise(doc: EnterpriseDoc): Enterprise {
  const { _id, name, creditCode, parkId, industry, scale, foundedOn, stewardId } = doc
  return { _id, name, creditCode, parkId, industry, scale, foundedOn, stewardId }
}

export async function describeMe(ctx: ActionContext, stored: UserDoc | null): Promise<Me> {
  const { db } = ctx
  // a document just written may still carry a cached role its membership no longer backs
  const user = await verifiedUser(db, stored)
  const account = toAccount(user, ctx.caller.openid)
  const [ent, park, membership] = await Promise.all([
    account.enterpriseId ? db.collection(COLLECTIONS.enterprises).doc(account.enterpriseId).get() : null,
    account.parkId ? db.collection(COLLECTIONS.parks).doc(account.parkId).get() : null,
    currentMembership(db, user)
  ])
  return {
    account,
    enterprise: ent?.data ? toEnterprise(ent.data as EnterpriseDoc) : null,
    membership,
    park: park?.data ? (park.data as unknown as Park) : null,
    devMode: ctx.devMode
  }
}

/** Names are compared loosely: full-width brackets and spaces are common typing variants. */
export function normaliseEnterpriseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

function newUser(ctx: ActionContext, now: string): UserDoc {
  return {
    _id: userIdFor(ctx.caller.openid),
    openid: ctx.caller.openid,
    role: 'guest',
    name: '',
    phone: '',
    parkId: null,
    enterpriseId: null,
    createdAt: now,
    updatedAt: now
  }
}

/**
 * Reads the caller's user document inside a transaction, applies `change` and writes
 * it back together with an audit entry: both land or neither does.
 */
export async function changeOwnAccount(
  ctx: ActionContext,
  action: string,
  change: (user: UserDoc, tx: Transaction) => Promise<Partial<UserDoc>> | Partial<UserDoc>
): Promise<UserDoc> {
  const now = ctx.clock.now().toISOString()
  const id = userIdFor(ctx.caller.openid)
  return ctx.db.runTransaction(async (tx) => {
    const { data } = await tx.collection(COLLECTIONS.users).doc(id).get()
    const current = (data as UserDoc | null) ?? newUser(ctx, now)
    const patch = await change(current, tx)
    const next: UserDoc = { ...current, ...patch, updatedAt: now }
    const { _id, ...rest } = next
    await tx.collection(COLLECTIONS.users).doc(_id).set({ data: rest })
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId: id, action, target: _id, detail: patch as Record<string, unknown>, at: now }
    })
    return next
  })
}

export function updateProfile(ctx: ActionContext, input: { name: string; phone: string }): Promise<UserDoc> {
  return changeOwnAccount(ctx, 'account.updateProfile', () => ({ name: input.name, phone: input.phone }))
}

export async function listParks(db: Database): Promise<Park[]> {
  const { data } = await db.collection(COLLECTIONS.parks).orderBy('_id', 'asc').limit(100).get()
  return (data as unknown as ParkDoc[]).map(({ _id, name, district, intro }) => ({ _id, name, district, intro }))
}
