/**
 * Publishing a notice delivers it: one in-app notification (and a subscribe message where
 * the user has a credit) to every enterprise user in the audience. Delivery goes through
 * the enterprises in _id order, a page at a time, and records its cursor on the notice,
 * so a delivery cut short (a crash, a timeout) resumes where it stopped — on the next
 * publish call or the sweep. Each notification's id is derived from the notice and the
 * user and is only ever added, so no one is notified twice.
 */
import type { ManagedNotice, NoticeStats } from '../../../../../types'
import { DB_ERR, isDbError, type Database } from '../../db/port'
import type { ActionContext } from '../context'
import { addEffect, runEffectNow } from '../effects'
import { COLLECTIONS, type NoticeDoc, type NotificationDoc } from '../docs'
import { fail } from '../errors'
import { entrepreneursOf, enterpriseCondition } from './audience'
import { loadManagedNotice, noticeStats, toManagedNotice } from './notices'
import { canManageNotice, managerScope } from './scope'

/** one call delivers at most this many pages of 100 enterprises; the rest is left to the next call or the sweep */
const RUN = { maxPages: 50, pageSize: 100 }

const noticeLink = (id: string) => `/packages/notice/detail/index?id=${encodeURIComponent(id)}`
export const notificationIdFor = (noticeId: string, userId: string) => `nt_${noticeId}_${userId}`

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…'
}

/** adds the notifications not added yet; a repeated page adds nothing */
async function notify(db: Database, notice: NoticeDoc, userIds: string[], now: Date): Promise<void> {
  const createdAt = now.toISOString()
  for (const userId of userIds) {
    const doc: NotificationDoc = {
      _id: notificationIdFor(notice._id, userId),
      userId,
      kind: 'notice',
      title: notice.urgent ? `【紧急】${notice.title}` : notice.title,
      body: excerpt(notice.body),
      link: noticeLink(notice._id),
      caseId: null,
      noticeId: notice._id,
      createdAt,
      readAt: null,
      // no notice template exists: the generic one (title / summary / time) carries it,
      // as the lecture reminders do; a dedicated template is a deployment follow-up
      template: 'caseProgress',
      pushState: 'pending'
    }
    try {
      await db.collection(COLLECTIONS.notifications).add({ data: doc as unknown as Record<string, unknown> })
    } catch (e) {
      if (!isDbError(e, DB_ERR.DUPLICATE_KEY)) throw e
    }
  }
}

/** moves the cursor on from `from`; a concurrent run that already moved it wins */
async function advance(db: Database, id: string, from: string, to: string, finished: boolean, now: Date): Promise<void> {
  await db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.notices).doc(id)
    const doc = (await ref.get()).data as NoticeDoc | null
    if (!doc?.delivery || doc.delivery.state !== 'delivering' || doc.delivery.cursor !== from) return
    const delivery = { ...doc.delivery, cursor: to, state: finished ? 'done' : 'delivering', finishedAt: finished ? now.toISOString() : null }
    await ref.update({ data: { delivery: db.command.set(delivery) } })
  })
}

/** delivers up to `run.maxPages` pages of a notice being delivered; true when it is done */
export async function deliverNotice(db: Database, id: string, now: Date, run = RUN): Promise<boolean> {
  const _ = db.command
  for (let n = 0; n < run.maxPages; n++) {
    const doc = (await db.collection(COLLECTIONS.notices).doc(id).get()).data as NoticeDoc | null
    if (!doc || doc.status !== 'published' || !doc.delivery) return true
    if (doc.delivery.state === 'done') return true
    const cursor = doc.delivery.cursor
    const audience = enterpriseCondition(db, doc)
    const after = { _id: _.gt(cursor) }
    // the city's audience is {}: say the cursor alone rather than and() an empty condition
    const where = !cursor ? audience : Object.keys(audience).length === 0 ? after : _.and([audience, after])
    const { data } = await db.collection(COLLECTIONS.enterprises).where(where).orderBy('_id', 'asc').limit(run.pageSize).field({ _id: true }).get()
    const ids = data.map((e) => e._id)
    await notify(db, doc, await entrepreneursOf(db, ids), now)
    await advance(db, id, cursor, ids.length ? ids[ids.length - 1] : cursor, ids.length < run.pageSize, now)
  }
  return false
}

/**
 * 发布: the draft becomes published and its delivery starts; publishing it again only
 * resumes a delivery that has not finished (nobody is notified twice).
 */
export async function publishNotice(ctx: ActionContext, id: string): Promise<ManagedNotice> {
  const scope = managerScope(ctx.caller)
  const now = ctx.clock.now()
  const nowIso = now.toISOString()
  // the delivery is an outbox effect committed with the publication (decision 0013)
  const effect = await ctx.db.runTransaction(async (tx): Promise<string | null> => {
    const ref = tx.collection(COLLECTIONS.notices).doc(id)
    const doc = (await ref.get()).data as NoticeDoc | null
    if (!doc) fail('NOT_FOUND', '通知不存在')
    if (!canManageNotice(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的通知')
    if (doc.status === 'published') return null
    // set(): a plain object would be merged field by field into the null it replaces
    const delivery = ctx.db.command.set({ state: 'delivering', cursor: '', startedAt: nowIso, finishedAt: null })
    await ref.update({ data: { status: 'published', publishedAt: nowIso, updatedAt: nowIso, delivery } })
    return addEffect(tx, 'notice.deliver', id, now)
  })
  // publishing again only resumes a delivery that stopped short
  if (effect) await runEffectNow(ctx.db, effect, now)
  else await deliverNotice(ctx.db, id, now)
  return toManagedNotice(ctx.db, await loadManagedNotice(ctx, id, scope), scope, true)
}

export async function noticeStatsFor(ctx: ActionContext, id: string): Promise<NoticeStats> {
  const scope = managerScope(ctx.caller)
  const doc = await loadManagedNotice(ctx, id, scope)
  if (doc.status !== 'published') fail('INVALID_TRANSITION', '通知尚未发布')
  return noticeStats(ctx.db, doc)
}

/** the sweep's part: deliveries that stopped short go on (a bounded amount per run) */
export async function resumeNoticeDeliveries(db: Database, now: Date): Promise<number> {
  const { data } = await db.collection(COLLECTIONS.notices).where({ 'delivery.state': 'delivering' }).field({ _id: true }).limit(20).get()
  let resumed = 0
  for (const { _id } of data) {
    await deliverNotice(db, _id, now)
    resumed++
  }
  return resumed
}
