/** 申报日历: application windows closing on policies the caller favourited or follows. */
import type { PolicyDeadlineEntry } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { daysBetween } from './dates'
import { favouriteDocs, publishedByIds, readFollows } from './favourites'
import { PUBLISHED } from './load'
import { ownId } from './scope'

/** the calendar shows what is actionable; more than this many open windows is not a calendar */
const MAX_FOLLOWED = 200

export async function policyCalendar(ctx: ActionContext): Promise<PolicyDeadlineEntry[]> {
  const { db } = ctx
  const userId = ownId(ctx)
  const today = beijingYmd(ctx.clock.now())
  const open = { applyUntil: db.command.gte(today) }
  const [favs, categories] = await Promise.all([favouriteDocs(db, userId), readFollows(db, userId)])
  const favourites = await publishedByIds(db, favs.map((f) => f.policyId), open)
  let followed: PolicyDoc[] = []
  if (categories.length) {
    const { data } = await db
      .collection(COLLECTIONS.policies)
      .where({ ...PUBLISHED, ...open, categories: db.command.in(categories) })
      .orderBy('applyUntil', 'asc')
      .field({ bodyHtml: false, bodyText: false })
      .limit(MAX_FOLLOWED)
      .get()
    followed = data as PolicyDoc[]
  }
  const entries = new Map<string, PolicyDeadlineEntry>()
  const add = (p: PolicyDoc, reason: PolicyDeadlineEntry['reason']) => {
    if (entries.has(p._id) || !p.applyUntil) return
    entries.set(p._id, { policyId: p._id, title: p.title, applyUntil: p.applyUntil, daysLeft: daysBetween(today, p.applyUntil), reason })
  }
  // a favourite is the stronger reason: added first, it wins
  favourites.forEach((p) => add(p, 'favourite'))
  followed.forEach((p) => add(p, 'followed'))
  return [...entries.values()].sort((a, b) => a.applyUntil.localeCompare(b.applyUntil) || a.title.localeCompare(b.title, 'zh'))
}
