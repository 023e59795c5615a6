/** draft → published → withdrawn, with who and when; publishing tells followers and newly eligible enterprises. */
import type { PolicyDetail } from '../../../../../types'
import type { Database, Transaction } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type AuditDoc, type PolicyDoc } from '../docs'
import { fail } from '../errors'
import { addEffect, runEffectNow } from '../effects'
import { addNotificationsOnce } from '../notifications'
import { toManagerDetail } from './detail'
import { readAll } from '../paging'
import type { FollowDoc } from './docs'
import { actor } from './manage'
import { assertCanEdit, managerScope } from './scope'


export const policyLink = (id: string): string => `/packages/policy/detail/index?id=${id}`

type Change = (doc: PolicyDoc, by: { id: string; name: string }, now: string) => Partial<PolicyDoc>

/** `also` writes more in the same transaction (an outbox effect) */
async function transition(ctx: ActionContext, id: string, action: string, from: PolicyDoc['editStatus'], refusal: string, change: Change, detail: Record<string, unknown> = {}, also?: (tx: Transaction) => Promise<void>): Promise<PolicyDoc> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const now = ctx.clock.now().toISOString()
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.policies).doc(id)
    const doc = (await ref.get()).data as PolicyDoc | null
    if (!doc) fail('NOT_FOUND', '政策不存在')
    assertCanEdit(scope, doc)
    // a retry of this very request, whose write landed before a crash (decision 0013): its answer
    if (ctx.requestKey && doc.lastRequestKey === ctx.requestKey) return doc
    if (doc.editStatus !== from) fail('INVALID_TRANSITION', refusal)
    const patch = { ...change(doc, by, now), updatedAt: now, lastRequestKey: ctx.requestKey ?? null }
    await ref.update({ data: patch })
    const audit: AuditDoc = { actorId: by.id, action, target: id, detail, at: now }
    await tx.collection(COLLECTIONS.audit).add({ data: audit as unknown as Record<string, unknown> })
    if (also) await also(tx)
    return { ...doc, ...patch }
  })
}

/** the users following any of the policy's categories (guests included) */
async function followersOf(db: Database, policy: Pick<PolicyDoc, 'categories'>): Promise<string[]> {
  const data = await readAll(db, COLLECTIONS.follows, { categories: db.command.in(policy.categories) }, { _id: true })
  return data.map((d) => (d as FollowDoc)._id)
}

/** each follower is told once per publication, however often the outbox effect runs */
export async function notifyFollowers(db: Database, policy: PolicyDoc, now: Date): Promise<number> {
  const followers = await followersOf(db, policy)
  const items = followers.map((userId) => ({
    id: `pf_${policy._id}_${policy.publishedAt ?? ''}_${userId}`.replace(/[^A-Za-z0-9_-]/g, ''),
    userId,
    kind: 'system' as const,
    title: `新政策：${policy.title}`,
    body: `您关注的「${policy.categories.join('、')}」类政策有新发布：${policy.summary}`.slice(0, 120),
    link: policyLink(policy._id)
  }))
  return addNotificationsOnce(db, items, now)
}

export async function publishPolicy(ctx: ActionContext, id: string): Promise<PolicyDetail> {
  const now = ctx.clock.now()
  let effect = ''
  // telling followers and newly eligible enterprises is an outbox effect committed with the
  // publication: a crash right after the commit loses nothing, the sweep tells them then
  const policy = await transition(
    ctx,
    id,
    'policy.publish',
    'draft',
    '只有草稿可以发布',
    (_doc, by, at) => ({ editStatus: 'published', publishedById: by.id, publishedByName: by.name, publishedAt: at }),
    {},
    async (tx) => {
      effect = await addEffect(tx, 'policy.published', id, now)
    }
  )
  // empty when this was the retry of a publication that had landed: its effect exists already
  if (effect) await runEffectNow(ctx.db, effect, now)
  return toManagerDetail(policy, beijingYmd(now))
}

export async function withdrawPolicy(ctx: ActionContext, id: string, reason: string): Promise<PolicyDetail> {
  const policy = await transition(
    ctx,
    id,
    'policy.withdraw',
    'published',
    '只有已发布的政策可以下架',
    (_doc, by, now) => ({ editStatus: 'withdrawn', withdrawnById: by.id, withdrawnByName: by.name, withdrawnAt: now, withdrawnReason: reason }),
    { reason }
  )
  return toManagerDetail(policy, beijingYmd(ctx.clock.now()))
}
