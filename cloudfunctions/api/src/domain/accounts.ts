/**
 * Accounts: who the caller is, binding to an enterprise, profile edits.
 * Identity is the openid the platform gives us; roles live on the user document.
 */
import type { Account, Enterprise, Me, Park } from '../../../../types'
import { checkCreditCode } from '../../../../types'
import type { Database, Transaction } from '../db/port'
import type { ActionContext, Caller } from './context'
import { COLLECTIONS, type EnterpriseDoc, type ParkDoc, type UserDoc } from './docs'
import { DomainError, fail } from './errors'
import { userIdFor } from './ids'

export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  const { data } = await db.collection(COLLECTIONS.users).doc(userIdFor(openid)).get()
  const user = (data as UserDoc | null) ?? null
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

export async function describeMe(ctx: ActionContext, user: UserDoc | null): Promise<Me> {
  const { db } = ctx
  const account = toAccount(user, ctx.caller.openid)
  const [ent, park] = await Promise.all([
    account.enterpriseId ? db.collection(COLLECTIONS.enterprises).doc(account.enterpriseId).get() : null,
    account.parkId ? db.collection(COLLECTIONS.parks).doc(account.parkId).get() : null
  ])
  return {
    account,
    enterprise: ent?.data ? toEnterprise(ent.data as EnterpriseDoc) : null,
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

export async function bindEnterprise(ctx: ActionContext, input: { name: string; creditCode: string }): Promise<UserDoc> {
  const check = checkCreditCode(input.creditCode)
  if (!check.ok) fail('CREDIT_CODE_INVALID', check.message, 'creditCode')
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).where({ creditCode: check.code }).limit(1).get()
  const enterprise = data[0] as EnterpriseDoc | undefined
  if (!enterprise) fail('ENTERPRISE_NOT_FOUND', undefined, 'creditCode')
  if (normaliseEnterpriseName(enterprise.name) !== normaliseEnterpriseName(input.name)) {
    fail('ENTERPRISE_NAME_MISMATCH', '企业名称与统一社会信用代码不一致，请按营业执照填写完整名称', 'name')
  }
  return changeOwnAccount(ctx, 'account.bindEnterprise', (user) => {
    if (user.role !== 'guest' && user.role !== 'entrepreneur') throw new DomainError('ROLE_CONFLICT')
    if (user.enterpriseId) {
      throw new DomainError(
        'ALREADY_BOUND',
        user.enterpriseId === enterprise._id ? '您已绑定该企业' : undefined
      )
    }
    return { role: 'entrepreneur', enterpriseId: enterprise._id, parkId: enterprise.parkId }
  })
}

export function unbindEnterprise(ctx: ActionContext): Promise<UserDoc> {
  return changeOwnAccount(ctx, 'account.unbindEnterprise', (user) => {
    if (user.role !== 'entrepreneur' || !user.enterpriseId) throw new DomainError('NOT_BOUND')
    return { role: 'guest', enterpriseId: null, parkId: null }
  })
}

export function updateProfile(ctx: ActionContext, input: { name: string; phone: string }): Promise<UserDoc> {
  return changeOwnAccount(ctx, 'account.updateProfile', () => ({ name: input.name, phone: input.phone }))
}

export async function listParks(db: Database): Promise<Park[]> {
  const { data } = await db.collection(COLLECTIONS.parks).orderBy('_id', 'asc').limit(100).get()
  return (data as unknown as ParkDoc[]).map(({ _id, name, district, intro }) => ({ _id, name, district, intro }))
}
