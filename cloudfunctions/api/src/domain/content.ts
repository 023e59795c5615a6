/** News and notices as readers see them. */
import type { HomeFeed, NewsItem, NewsSummary, Notice, NewsCategory, Page } from '../../../../types'
import type { Database } from '../db/port'
import type { Caller } from './context'
import { COLLECTIONS, type NewsDoc, type NoticeDoc } from './docs'
import { fail } from './errors'
import { pageOf } from './paging'

export function toNewsSummary(d: NewsDoc): NewsSummary {
  const { _id, title, category, summary, cover, source, publishedAt, readCount } = d
  return { _id, title, category, summary, cover, source, publishedAt, readCount }
}

export function toNotice(d: NoticeDoc): Notice {
  return {
    _id: d._id,
    title: d.title,
    body: d.body,
    parkIds: d.audience === 'city' ? null : d.parkIds,
    urgent: d.urgent,
    publishedAt: d.publishedAt,
    publisherName: d.publisherName
  }
}

export function listNews(db: Database, category: NewsCategory | undefined, page: number, pageSize: number): Promise<Page<NewsSummary>> {
  const cond: Record<string, unknown> = { status: 'published' }
  if (category) cond.category = category
  const query = db.collection(COLLECTIONS.news).where(cond).orderBy('publishedAt', 'desc')
  return pageOf(query, page, pageSize, (d) => toNewsSummary(d as unknown as NewsDoc))
}

export async function getNews(db: Database, id: string): Promise<NewsItem> {
  const ref = db.collection(COLLECTIONS.news).doc(id)
  const { data } = await ref.get()
  const doc = data as NewsDoc | null
  if (!doc || doc.status !== 'published') fail('NOT_FOUND')
  await ref.update({ data: { readCount: db.command.inc(1) } })
  return { ...toNewsSummary(doc), readCount: doc.readCount + 1, body: doc.body }
}

/**
 * The notices a caller may read: city-wide ones, plus those for the caller's park.
 * The city admin reads everything.
 */
function noticeCondition(db: Database, caller: Caller) {
  const _ = db.command
  if (caller.role === 'admin') return { status: 'published' }
  const parkId = caller.user?.parkId
  const audience = parkId ? _.or([{ audience: 'city' }, { parkIds: parkId }]) : { audience: 'city' }
  return _.and([{ status: 'published' }, audience])
}

export function listNotices(db: Database, caller: Caller, page: number, pageSize: number): Promise<Page<Notice>> {
  const query = db.collection(COLLECTIONS.notices).where(noticeCondition(db, caller)).orderBy('urgent', 'desc').orderBy('publishedAt', 'desc')
  return pageOf(query, page, pageSize, (d) => toNotice(d as unknown as NoticeDoc))
}

export async function getNotice(db: Database, caller: Caller, id: string): Promise<Notice> {
  const { data } = await db.collection(COLLECTIONS.notices).where(db.command.and([{ _id: id }, noticeCondition(db, caller)])).limit(1).get()
  if (!data[0]) fail('NOT_FOUND')
  return toNotice(data[0] as unknown as NoticeDoc)
}

export async function homeFeed(db: Database, caller: Caller): Promise<HomeFeed> {
  const _ = db.command
  const notices = db.collection(COLLECTIONS.notices)
  const visible = noticeCondition(db, caller)
  const [urgent, latest, news] = await Promise.all([
    notices.where(_.and([visible, { urgent: true }])).orderBy('publishedAt', 'desc').limit(3).get(),
    notices.where(_.and([visible, { urgent: false }])).orderBy('publishedAt', 'desc').limit(5).get(),
    db.collection(COLLECTIONS.news).where({ status: 'published' }).orderBy('publishedAt', 'desc').limit(5).get()
  ])
  return {
    urgentNotices: urgent.data.map((d) => toNotice(d as unknown as NoticeDoc)),
    notices: latest.data.map((d) => toNotice(d as unknown as NoticeDoc)),
    news: news.data.map((d) => toNewsSummary(d as unknown as NewsDoc))
  }
}
