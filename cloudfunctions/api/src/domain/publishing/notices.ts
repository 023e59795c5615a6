/**
 * 通知发布, manager side: drafts with an audience, the sent list with 送达 / 已读 counts.
 * A park manager sees and edits their park's notices; the admin all. Publishing is in
 * delivery.ts.
 */
import { randomBytes } from 'node:crypto'
import type { ManagedNotice, NoticeStats, Page, ParsedRequest } from '../../../../../types'
import type { Database } from '../../db/port'
import { toNotice } from '../content'
import type { ActionContext } from '../context'
import { COLLECTIONS, type NoticeDoc, type ParkDoc } from '../docs'
import { fail } from '../errors'
import { pageOf } from '../paging'
import { namedEnterprises, normalizeAudience, toAudience } from './audience'
import { noticeCounts } from './reads'
import { actor, canManageNotice, managerScope, ownerPark, type ManagerScope } from './scope'

const newNoticeId = (): string => 'nc' + randomBytes(8).toString('hex')
export const CITY_PUBLISHER = '市优化营商环境协调事务中心'

export async function noticeStats(db: Database, doc: NoticeDoc): Promise<NoticeStats> {
  const counts = await noticeCounts(db, doc._id)
  // notices from before targeted delivery have no progress record: nothing is pending
  return { ...counts, done: !doc.delivery || doc.delivery.state === 'done' }
}

export async function toManagedNotice(db: Database, doc: NoticeDoc, scope: ManagerScope, withNames: boolean): Promise<ManagedNotice> {
  const target = toAudience(doc)
  return {
    ...toNotice(doc),
    status: doc.status,
    target,
    targetEnterprises: withNames ? await namedEnterprises(db, target.enterpriseIds) : [],
    createdByName: doc.createdByName ?? doc.publisherName,
    updatedAt: doc.updatedAt ?? doc.publishedAt,
    editable: doc.status === 'draft' && canManageNotice(scope, doc),
    stats: doc.status === 'published' ? await noticeStats(db, doc) : null
  }
}

export async function manageNoticeList(ctx: ActionContext, input: ParsedRequest<'notice.manageList'>): Promise<Page<ManagedNotice>> {
  const scope = managerScope(ctx.caller)
  const where: Record<string, unknown> = scope.kind === 'park' ? { ownerParkId: scope.parkId } : {}
  if (input.status) where.status = input.status
  const query = ctx.db.collection(COLLECTIONS.notices).where(where).orderBy('updatedAt', 'desc').orderBy('publishedAt', 'desc')
  const page = await pageOf(query, input.page, input.pageSize, (d) => d as unknown as NoticeDoc)
  return { ...page, items: await Promise.all(page.items.map((d) => toManagedNotice(ctx.db, d, scope, false))) }
}

export async function loadManagedNotice(ctx: ActionContext, id: string, scope: ManagerScope): Promise<NoticeDoc> {
  const doc = (await ctx.db.collection(COLLECTIONS.notices).doc(id).get()).data as NoticeDoc | null
  if (!doc) fail('NOT_FOUND', '通知不存在')
  if (!canManageNotice(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的通知')
  return doc
}

export async function manageGetNotice(ctx: ActionContext, id: string): Promise<ManagedNotice> {
  const scope = managerScope(ctx.caller)
  return toManagedNotice(ctx.db, await loadManagedNotice(ctx, id, scope), scope, true)
}

async function publisherName(db: Database, scope: ManagerScope): Promise<string> {
  if (scope.kind === 'city') return CITY_PUBLISHER
  const park = (await db.collection(COLLECTIONS.parks).doc(scope.parkId).get()).data as ParkDoc | null
  return park?.name ?? CITY_PUBLISHER
}

/** a new draft, or changes to a draft; the audience is checked before anything is written */
export async function saveNotice(ctx: ActionContext, input: ParsedRequest<'notice.save'>): Promise<ManagedNotice> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const nowIso = ctx.clock.now().toISOString()
  const audience = await normalizeAudience(ctx.db, scope, input.audience)
  const fields = { title: input.title, body: input.body, urgent: input.urgent, ...audience, updatedAt: nowIso }

  if (!input.id) {
    const doc: NoticeDoc = {
      _id: newNoticeId(),
      ...fields,
      publishedAt: '',
      publisherName: await publisherName(ctx.db, scope),
      status: 'draft',
      ownerParkId: ownerPark(scope),
      createdById: by.id,
      createdByName: by.name,
      createdAt: nowIso,
      delivery: null
    }
    const { _id, ...data } = doc
    await ctx.db.collection(COLLECTIONS.notices).add({ data: { _id, ...data } })
    return toManagedNotice(ctx.db, doc, scope, true)
  }

  const id = input.id
  const saved = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.notices).doc(id)
    const doc = (await ref.get()).data as NoticeDoc | null
    if (!doc) fail('NOT_FOUND', '通知不存在')
    if (!canManageNotice(scope, doc)) fail('PARK_SCOPE', '只能管理本园区发布的通知')
    if (doc.status !== 'draft') fail('INVALID_TRANSITION', '已发布的通知不能再修改')
    await ref.update({ data: fields })
    return { ...doc, ...fields }
  })
  return toManagedNotice(ctx.db, saved, scope, true)
}
