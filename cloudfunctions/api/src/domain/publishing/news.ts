/**
 * 营商动态, manager side. News is one city-level channel: park managers and the admin
 * both write it and the author is recorded; a park manager edits only their park's
 * items. Bodies are sanitised with the policy allow-list. A schedule is a status
 * 'scheduled' with publishedAt in the future: readers treat it as published once that
 * instant passes; the sweep later flips the status for tidiness.
 */
import { randomBytes } from 'node:crypto'
import type { ManagedNews, NewsStatus, Page, ParsedRequest } from '../../../../../types'
import type { Condition, Database } from '../../db/port'
import { checkOwnFile, checkOwnFilesIn, cloudRefsIn, uploaderOf, type FileOwner } from '../cases/attachments'
import { toNewsItem } from '../content'
import type { ActionContext } from '../context'
import { COLLECTIONS, type NewsDoc } from '../docs'
import { fail } from '../errors'
import { pageOf } from '../paging'
import { sanitizePolicyHtml } from '../policies'
import { actor, canEditNews, managerScope, ownerPark, type ManagerScope } from './scope'
import { isPublicNews } from './visibility'

const newNewsId = (): string => 'nw' + randomBytes(8).toString('hex')

export function effectiveStatus(doc: NewsDoc, now: Date): NewsStatus {
  return doc.status === 'scheduled' && isPublicNews(doc, now) ? 'published' : doc.status
}

export function toManagedNews(doc: NewsDoc, scope: ManagerScope, now: Date): ManagedNews {
  return {
    ...toNewsItem(doc),
    status: effectiveStatus(doc, now),
    publishAt: doc.status === 'draft' || !doc.publishedAt ? null : doc.publishedAt,
    authorName: doc.authorName ?? doc.source,
    authorParkId: doc.authorParkId ?? null,
    editable: canEditNews(scope, doc),
    updatedAt: doc.updatedAt ?? doc.publishedAt
  }
}

function statusCondition(ctx: ActionContext, status: NewsStatus): Condition {
  const _ = ctx.db.command
  const now = ctx.clock.now().toISOString()
  if (status === 'published') return _.or([{ status: 'published' }, { status: 'scheduled', publishedAt: _.lte(now) }])
  if (status === 'scheduled') return { status: 'scheduled', publishedAt: _.gt(now) }
  return { status }
}

/** the admin sees every item; a park manager their park's */
export async function manageNewsList(ctx: ActionContext, input: ParsedRequest<'news.manageList'>): Promise<Page<ManagedNews>> {
  const scope = managerScope(ctx.caller)
  const parts: Condition[] = []
  if (scope.kind === 'park') parts.push({ authorParkId: scope.parkId })
  if (input.status) parts.push(statusCondition(ctx, input.status))
  const where = parts.length === 0 ? {} : parts.length === 1 ? parts[0] : ctx.db.command.and(parts)
  const now = ctx.clock.now()
  const query = ctx.db.collection(COLLECTIONS.news).where(where).orderBy('updatedAt', 'desc').orderBy('publishedAt', 'desc')
  return pageOf(query, input.page, input.pageSize, (d) => toManagedNews(d as unknown as NewsDoc, scope, now))
}

async function loadEditable(ctx: ActionContext, id: string, scope: ManagerScope): Promise<NewsDoc> {
  const doc = (await ctx.db.collection(COLLECTIONS.news).doc(id).get()).data as NewsDoc | null
  if (!doc) fail('NOT_FOUND', '动态不存在')
  if (!canEditNews(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的动态')
  return doc
}

export async function manageGetNews(ctx: ActionContext, id: string): Promise<ManagedNews> {
  const scope = managerScope(ctx.caller)
  return toManagedNews(await loadEditable(ctx, id, scope), scope, ctx.clock.now())
}

/** the stored body: sanitised HTML, its text, and the text as paragraphs for older readers */
function cleanBody(bodyHtml: string): { bodyHtml: string; body: string[] } {
  const { html, text } = sanitizePolicyHtml(bodyHtml)
  if (!text.trim() && !/<img\s/i.test(html)) fail('INVALID_INPUT', '正文去除不安全的内容后为空，请重新填写', 'bodyHtml')
  return { bodyHtml: html, body: text.split('\n').map((l) => l.trim()).filter(Boolean) }
}

function scheduleOf(publishAt: string | null, now: Date): string | null {
  if (!publishAt) return null
  const at = new Date(publishAt)
  if (at.getTime() <= now.getTime()) fail('INVALID_INPUT', '定时发布时间应晚于当前时间；要立即发布请点“发布”', 'publishAt')
  if (at.getTime() > now.getTime() + 366 * 86400_000) fail('INVALID_INPUT', '定时发布时间不能超过一年', 'publishAt')
  return at.toISOString()
}

/** the cover and the body's images: https, or the author's own uploads (kept ones stay) */
function checkNewsFiles(input: Pick<ParsedRequest<'news.save'>, 'cover' | 'bodyHtml'>, owner: FileOwner): void {
  checkOwnFile(input.cover, owner, 'cover', '封面图片')
  checkOwnFilesIn(input.bodyHtml, owner, 'bodyHtml')
}

/**
 * Creates a draft (or a scheduled item), or edits one. On an existing item a schedule
 * replaces the old one; no schedule takes a scheduled item back to draft; a published
 * or withdrawn item keeps its status.
 */
export async function saveNews(ctx: ActionContext, input: ParsedRequest<'news.save'>): Promise<ManagedNews> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const now = ctx.clock.now()
  const nowIso = now.toISOString()
  const body = cleanBody(input.bodyHtml)
  const schedule = scheduleOf(input.publishAt ?? null, now)
  const fields = { title: input.title, category: input.category, summary: input.summary, cover: input.cover, source: input.source, ...body, updatedAt: nowIso }
  const news = ctx.db.collection(COLLECTIONS.news)

  if (!input.id) {
    checkNewsFiles(input, uploaderOf(ctx))
    const doc: NewsDoc = {
      _id: newNewsId(),
      ...fields,
      status: schedule ? 'scheduled' : 'draft',
      publishedAt: schedule ?? '',
      readCount: 0,
      authorId: by.id,
      authorName: by.name,
      authorParkId: ownerPark(scope),
      createdAt: nowIso
    }
    const { _id, ...data } = doc
    await news.add({ data: { _id, ...data } })
    return toManagedNews(doc, scope, now)
  }

  const id = input.id
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.news).doc(id)
    const doc = (await ref.get()).data as NewsDoc | null
    if (!doc) fail('NOT_FOUND', '动态不存在')
    if (!canEditNews(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的动态')
    checkNewsFiles(input, uploaderOf(ctx, [doc.cover, ...cloudRefsIn(doc.bodyHtml)]))
    const current = effectiveStatus(doc, now)
    let timing: Pick<NewsDoc, 'status' | 'publishedAt'> = { status: current, publishedAt: doc.publishedAt }
    if (schedule) {
      if (current === 'published') fail('INVALID_TRANSITION', '已发布的动态不能再定时发布', 'publishAt')
      timing = { status: 'scheduled', publishedAt: schedule }
    } else if (current === 'scheduled') {
      timing = { status: 'draft', publishedAt: '' }
    }
    const next: NewsDoc = { ...doc, ...fields, ...timing }
    await ref.update({ data: { ...fields, ...timing } })
    return toManagedNews(next, scope, now)
  })
}

async function transition(ctx: ActionContext, id: string, change: (doc: NewsDoc, status: NewsStatus, nowIso: string) => Partial<NewsDoc> | null): Promise<ManagedNews> {
  const scope = managerScope(ctx.caller)
  const now = ctx.clock.now()
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.news).doc(id)
    const doc = (await ref.get()).data as NewsDoc | null
    if (!doc) fail('NOT_FOUND', '动态不存在')
    if (!canEditNews(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的动态')
    const patch = change(doc, effectiveStatus(doc, now), now.toISOString())
    if (!patch) return toManagedNews(doc, scope, now)
    await ref.update({ data: patch })
    return toManagedNews({ ...doc, ...patch }, scope, now)
  })
}

/** now; publishing a published item again changes nothing */
export function publishNews(ctx: ActionContext, id: string): Promise<ManagedNews> {
  return transition(ctx, id, (_doc, status, nowIso) => (status === 'published' ? null : { status: 'published', publishedAt: nowIso, updatedAt: nowIso }))
}

/** takes a published or scheduled item off the readers' lists */
export function unpublishNews(ctx: ActionContext, id: string): Promise<ManagedNews> {
  return transition(ctx, id, (_doc, status, nowIso) => {
    if (status === 'unpublished') return null
    if (status === 'draft') fail('INVALID_TRANSITION', '草稿尚未发布，无需撤回')
    return { status: 'unpublished', updatedAt: nowIso }
  })
}

/** the sweep's part: scheduled items whose time has come become plainly published */
export async function publishDueNews(db: Database, now: Date): Promise<number> {
  const { stats } = await db.collection(COLLECTIONS.news).where({ status: 'scheduled', publishedAt: db.command.lte(now.toISOString()) }).update({ data: { status: 'published' } })
  return stats.updated
}
