/**
 * 精准推送: a manager sends a published policy to the enterprises in their scope that
 * are eligible for it. The preview counts them first; the push is made once per
 * request id by the router (a repeated tap replays the answer instead of re-sending).
 */
import type { Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type AuditDoc, type EnterpriseDoc, type PolicyDoc } from '../docs'
import { toProfile } from '../enterprises'
import { fail } from '../errors'
import { matchPolicy } from '../matching'
import { addNotifications } from '../notifications'
import { forEachBatch } from '../paging'
import { policyLink } from './lifecycle'
import { loadPolicy } from './load'
import { actor } from './manage'
import { managerScope, type ManagerScope } from './scope'

const BATCH = 1000
const IN_CHUNK = 100

async function pushablePolicy(ctx: ActionContext, id: string, scope: ManagerScope, today: string): Promise<PolicyDoc> {
  const policy = await loadPolicy(ctx.db, id)
  if (!policy) fail('NOT_FOUND', '政策不存在')
  // a park manager pushes their park's and the city's policies, not another park's
  if (scope.kind === 'park' && policy.ownerParkId !== null && policy.ownerParkId !== scope.parkId) fail('PARK_SCOPE', '只能推送本园区或市级政策')
  if (policy.editStatus !== 'published') fail('INVALID_TRANSITION', '只有已发布的政策可以推送')
  if (policy.expiresOn && policy.expiresOn < today) fail('INVALID_TRANSITION', '政策已失效，不能推送')
  return policy
}

/** ids of the enterprises in scope whose verdict for the policy is 'eligible' */
export async function eligibleEnterprises(db: Database, policy: PolicyDoc, scope: ManagerScope, today: string): Promise<string[]> {
  const where = scope.kind === 'park' ? { parkId: scope.parkId } : {}
  const out: string[] = []
  await forEachBatch(db, COLLECTIONS.enterprises, where, (data) => {
    for (const e of data as EnterpriseDoc[]) {
      if (matchPolicy(toProfile(e), policy.criteria, today).verdict === 'eligible') out.push(e._id)
    }
  })
  return out
}

async function boundUsers(db: Database, enterpriseIds: string[]): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < enterpriseIds.length; i += IN_CHUNK) {
    const chunk = enterpriseIds.slice(i, i + IN_CHUNK)
    const { data } = await db.collection(COLLECTIONS.users).where({ role: 'entrepreneur', enterpriseId: db.command.in(chunk) }).field({ _id: true }).limit(BATCH).get()
    out.push(...data.map((u) => u._id))
  }
  return out
}

/** how many enterprises the push would reach */
export async function pushPreview(ctx: ActionContext, id: string): Promise<{ count: number }> {
  const scope = managerScope(ctx.caller)
  const today = beijingYmd(ctx.clock.now())
  const policy = await pushablePolicy(ctx, id, scope, today)
  return { count: (await eligibleEnterprises(ctx.db, policy, scope, today)).length }
}

/** `sent`: the people (entrepreneurs bound to the eligible enterprises) notified */
export async function pushPolicy(ctx: ActionContext, id: string, note: string): Promise<{ sent: number }> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const now = ctx.clock.now()
  const today = beijingYmd(now)
  const policy = await pushablePolicy(ctx, id, scope, today)
  const enterprises = await eligibleEnterprises(ctx.db, policy, scope, today)
  const users = await boundUsers(ctx.db, enterprises)
  const body = (note.trim() || policy.summary).slice(0, 120)
  await addNotifications(ctx.db, users.map((userId) => ({ userId, kind: 'system' as const, title: `政策推送：${policy.title}`, body, link: policyLink(id) })), now)
  const audit: AuditDoc = { actorId: by.id, action: 'policy.push', target: id, detail: { enterprises: enterprises.length, users: users.length, note }, at: now.toISOString() }
  await ctx.db.collection(COLLECTIONS.audit).add({ data: audit as unknown as Record<string, unknown> })
  return { sent: users.length }
}
