/** 收藏 and 关注: personal lists keyed by the caller's own id (guests included). */
import { POLICY_CATEGORIES, type Page, type PolicyCategory, type PolicySummary } from '../../../../../types'
import type { Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { fail } from '../errors'
import { favouriteId, type FavouriteDoc, type FollowDoc } from './docs'
import { loadPolicy, PUBLISHED } from './load'
import { ownId } from './scope'
import { toSummary } from './summary'

/** enough for any real person; the lists are read whole */
const MAX_FAVOURITES = 500
const IN_CHUNK = 100

export async function setFavourite(ctx: ActionContext, policyId: string, on: boolean): Promise<{ favourite: boolean }> {
  const userId = ownId(ctx)
  const ref = ctx.db.collection(COLLECTIONS.favourites).doc(favouriteId(userId, policyId))
  if (!on) {
    await ref.remove()
    return { favourite: false }
  }
  const policy = await loadPolicy(ctx.db, policyId)
  if (!policy || policy.editStatus !== 'published') fail('NOT_FOUND', '政策不存在或已下架')
  if ((await ref.get()).data) return { favourite: true }
  const { total } = await ctx.db.collection(COLLECTIONS.favourites).where({ userId }).count()
  if (total >= MAX_FAVOURITES) fail('INVALID_INPUT', `最多收藏${MAX_FAVOURITES}条政策，请先取消一些收藏`)
  const doc: Omit<FavouriteDoc, '_id'> = { userId, policyId, createdAt: ctx.clock.now().toISOString() }
  await ref.set({ data: doc })
  return { favourite: true }
}

export async function favouriteDocs(db: Database, userId: string): Promise<FavouriteDoc[]> {
  const { data } = await db.collection(COLLECTIONS.favourites).where({ userId }).orderBy('createdAt', 'desc').limit(MAX_FAVOURITES).get()
  return data as FavouriteDoc[]
}

/** published policies by id, fetched in chunks of `in` */
export async function publishedByIds(db: Database, ids: string[], where: Record<string, unknown> = {}): Promise<PolicyDoc[]> {
  const out: PolicyDoc[] = []
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK)
    const { data } = await db
      .collection(COLLECTIONS.policies)
      .where({ ...PUBLISHED, ...where, _id: db.command.in(chunk) })
      .field({ bodyHtml: false, bodyText: false })
      .limit(chunk.length)
      .get()
    out.push(...(data as PolicyDoc[]))
  }
  return out
}

/** newest favourite first; withdrawn policies drop out of the list */
export async function listFavourites(ctx: ActionContext, page: number, pageSize: number): Promise<Page<PolicySummary>> {
  const favs = await favouriteDocs(ctx.db, ownId(ctx))
  const byId = new Map((await publishedByIds(ctx.db, favs.map((f) => f.policyId))).map((p) => [p._id, p]))
  const today = beijingYmd(ctx.clock.now())
  const all = favs.flatMap((f) => (byId.has(f.policyId) ? [toSummary(byId.get(f.policyId)!, today)] : []))
  const items = all.slice((page - 1) * pageSize, page * pageSize)
  return { items, total: all.length, page, pageSize, hasMore: page * pageSize < all.length }
}

async function readFollows(db: Database, userId: string): Promise<PolicyCategory[]> {
  const { data } = await db.collection(COLLECTIONS.follows).doc(userId).get()
  return (data as FollowDoc | null)?.categories ?? []
}

export async function following(ctx: ActionContext): Promise<{ categories: PolicyCategory[] }> {
  return { categories: await readFollows(ctx.db, ownId(ctx)) }
}

export async function setFollow(ctx: ActionContext, category: PolicyCategory, on: boolean): Promise<{ categories: PolicyCategory[] }> {
  const userId = ownId(ctx)
  const now = ctx.clock.now().toISOString()
  // a transaction, so two quick taps on different categories do not overwrite each other
  const categories = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.follows).doc(userId)
    const current = ((await ref.get()).data as FollowDoc | null)?.categories ?? []
    const set = new Set(current)
    if (on) set.add(category)
    else set.delete(category)
    // keep the official order, so lists read the same everywhere
    const next = POLICY_CATEGORIES.filter((c) => set.has(c))
    await ref.set({ data: { categories: next, updatedAt: now } })
    return next
  })
  return { categories }
}

export { readFollows }
