/**
 * 一企一档: the facts an enterprise keeps for matching live on its enterprise document.
 * Only the enterprise's own users read and edit them through these actions.
 */
import type { EnterpriseProfile } from '../../../../../types'
import type { Database } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc } from '../docs'
import { fail } from '../errors'

export function toProfile(doc: EnterpriseDoc): EnterpriseProfile {
  return {
    enterpriseId: doc._id,
    name: doc.name,
    parkId: doc.parkId,
    industry: doc.industry ?? '',
    scale: doc.scale,
    foundedOn: doc.foundedOn ?? '',
    // enterprises that never filled the profile in lack these fields
    employees: doc.employees ?? null,
    revenueBand: doc.revenueBand ?? null,
    tags: doc.tags ?? [],
    updatedAt: doc.profileUpdatedAt ?? null,
    updatedByName: doc.profileUpdatedByName ?? null
  }
}

export async function loadProfile(db: Database, enterpriseId: string): Promise<EnterpriseProfile | null> {
  const { data } = await db.collection(COLLECTIONS.enterprises).doc(enterpriseId).get()
  return data ? toProfile(data as EnterpriseDoc) : null
}

/** the caller's enterprise id; NOT_BOUND for anyone who is not a bound entrepreneur */
export function ownEnterpriseId(ctx: ActionContext): string {
  const user = ctx.caller.user
  if (ctx.caller.role !== 'entrepreneur' || !user?.enterpriseId) fail('NOT_BOUND', '请先绑定企业')
  return user.enterpriseId
}

export async function ownProfile(ctx: ActionContext): Promise<EnterpriseProfile> {
  const profile = await loadProfile(ctx.db, ownEnterpriseId(ctx))
  if (!profile) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
  return profile
}
