/** News and notices as readers see them. */
import type { HomeFeed, NewsItem, NewsSummary, Notice, NewsCategory, Page } from '../../../../types'
import type { ActionContext } from './context'
import { COLLECTIONS, type NewsDoc, type NoticeDoc } from './docs'
import { fail } from './errors'
import { listPage, pageOf, type Paging } from './paging'
import { markNoticeRead } from './publishing/reads'
import { isPublicNews, publicNewsCondition, readableNoticeCondition } from './publishing/visibility'

export function toNewsSummary(d: NewsDoc): NewsSummary {
  const { _id, title, category, summary, cover, source, publishedAt, readCount } = d
  return { _id, title, category, summary, cover, source, publishedAt, readCount }
}

/** older items have plain paragraphs only: the reader renders those when bodyHtml is null */
export function toNewsItem(d: NewsDoc): NewsItem {
  return { ...toNewsSummary(d), body: d.body ?? [], bodyHtml: d.bodyHtml || null }
}

export function toNotice(d: NoticeDoc): Notice {
  return {
    _id: d._id,
    title: d.title,
    body: d.body,
    parkIds: d.audience === 'city' ? null : d.parkIds,
    audience: d.audience,
    urgent: d.urgent,
    publishedAt: d.publishedAt,
    publisherName: d.publisherName
  }
}

export function listNews(ctx: ActionContext, category: NewsCategory | undefined, paging: Paging): Promise<Page<NewsSummary>> {
  const { db } = ctx
  const visible = publicNewsCondition(db, ctx.clock.now())
  const cond = category ? db.command.and([visible, { category }]) : visible
  return listPage(db, db.collection(COLLECTIONS.news), { where: cond, orderBy: ['publishedAt', 'desc'] }, paging, (d) => toNewsSummary(d as unknown as NewsDoc))
}

export async function getNews(ctx: ActionContext, id: string): Promise<NewsItem> {
  const ref = ctx.db.collection(COLLECTIONS.news).doc(id)
  const { data } = await ref.get()
  const doc = data as NewsDoc | null
  if (!doc || !isPublicNews(doc, ctx.clock.now())) fail('NOT_FOUND')
  await ref.update({ data: { readCount: ctx.db.command.inc(1) } })
  return { ...toNewsItem(doc), readCount: doc.readCount + 1 }
}

export async function listNotices(ctx: ActionContext, page: number, pageSize: number): Promise<Page<Notice>> {
  const query = ctx.db
    .collection(COLLECTIONS.notices)
    .where(await readableNoticeCondition(ctx.db, ctx.caller))
    .orderBy('urgent', 'desc')
    .orderBy('publishedAt', 'desc')
  return pageOf(query, page, pageSize, (d) => toNotice(d as unknown as NoticeDoc))
}

/** opening a notice also marks the caller's notification of it read (the sender's 已读 count) */
export async function getNotice(ctx: ActionContext, id: string): Promise<Notice> {
  const { db } = ctx
  const { data } = await db.collection(COLLECTIONS.notices).where(db.command.and([{ _id: id }, await readableNoticeCondition(db, ctx.caller)])).limit(1).get()
  if (!data[0]) fail('NOT_FOUND')
  if (ctx.caller.user) await markNoticeRead(db, ctx.caller.user._id, id, ctx.clock.now())
  return toNotice(data[0] as unknown as NoticeDoc)
}

export async function homeFeed(ctx: ActionContext): Promise<HomeFeed> {
  const { db } = ctx
  const _ = db.command
  const notices = db.collection(COLLECTIONS.notices)
  const visible = await readableNoticeCondition(db, ctx.caller)
  const [urgent, latest, news] = await Promise.all([
    notices.where(_.and([visible, { urgent: true }])).orderBy('publishedAt', 'desc').limit(3).get(),
    notices.where(_.and([visible, { urgent: false }])).orderBy('publishedAt', 'desc').limit(5).get(),
    db.collection(COLLECTIONS.news).where(publicNewsCondition(db, ctx.clock.now())).orderBy('publishedAt', 'desc').limit(5).get()
  ])
  return {
    urgentNotices: urgent.data.map((d) => toNotice(d as unknown as NoticeDoc)),
    notices: latest.data.map((d) => toNotice(d as unknown as NoticeDoc)),
    news: news.data.map((d) => toNewsSummary(d as unknown as NewsDoc))
  }
}

