import type { MatchResult, PolicyCategory, PolicyDetail, PolicyLifecycle } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { fail } from '../errors'
import { loadParkNames, loadProfile, matchPolicy } from '../matching'
import { favouriteId, type FollowDoc } from './docs'
import { loadPolicy } from './load'
import { canRead, isManager, ownId } from './scope'
import { toSummary } from './summary'

export function toLifecycle(doc: PolicyDoc): PolicyLifecycle {
  return {
    editStatus: doc.editStatus,
    createdByName: doc.createdByName,
    createdAt: doc.createdAt,
    publishedByName: doc.publishedByName,
    publishedAt: doc.publishedAt,
    withdrawnByName: doc.withdrawnByName,
    withdrawnAt: doc.withdrawnAt,
    withdrawnReason: doc.withdrawnReason ?? null,
    updatedAt: doc.updatedAt
  }
}

export interface DetailExtras {
  favourite: boolean
  followedCategories: PolicyCategory[]
  match: MatchResult | null
  lifecycle?: PolicyLifecycle
}

export function toDetail(doc: PolicyDoc, today: string, extras: DetailExtras): PolicyDetail {
  const detail: PolicyDetail = {
    ...toSummary(doc, today),
    bodyHtml: doc.bodyHtml,
    interpretation: doc.interpretation,
    attachments: doc.attachments,
    industries: doc.industries,
    scales: doc.scales as PolicyDetail['scales'],
    parkIds: doc.parkIds,
    criteria: doc.criteria,
    serviceId: doc.serviceId,
    favourite: extras.favourite,
    followedCategories: extras.followedCategories,
    match: extras.match
  }
  if (extras.lifecycle) detail.lifecycle = extras.lifecycle
  return detail
}

/** the manager's view: no personal state, with the lifecycle */
export function toManagerDetail(doc: PolicyDoc, today: string): PolicyDetail {
  return toDetail(doc, today, { favourite: false, followedCategories: [], match: null, lifecycle: toLifecycle(doc) })
}

async function matchFor(ctx: ActionContext, doc: PolicyDoc, today: string): Promise<MatchResult | null> {
  const enterpriseId = ctx.caller.role === 'entrepreneur' ? ctx.caller.user?.enterpriseId : null
  if (!enterpriseId) return null
  const [profile, parkNames] = await Promise.all([loadProfile(ctx.db, enterpriseId), loadParkNames(ctx.db)])
  return profile ? matchPolicy(profile, doc.criteria, today, parkNames) : null
}

export async function getPolicy(ctx: ActionContext, id: string): Promise<PolicyDetail> {
  const doc = await loadPolicy(ctx.db, id)
  // a draft someone may not see reads as missing, so its existence does not leak
  if (!doc || !canRead(ctx.caller, doc)) fail('NOT_FOUND', '政策不存在或已下架')
  const today = beijingYmd(ctx.clock.now())
  const userId = ownId(ctx)
  const [fav, follow, match] = await Promise.all([
    ctx.db.collection(COLLECTIONS.favourites).doc(favouriteId(userId, id)).get(),
    ctx.db.collection(COLLECTIONS.follows).doc(userId).get(),
    matchFor(ctx, doc, today)
  ])
  const followed = ((follow.data as FollowDoc | null)?.categories ?? []).filter((c) => doc.categories.includes(c))
  return toDetail(doc, today, {
    favourite: !!fav.data,
    followedCategories: followed,
    match,
    lifecycle: isManager(ctx.caller) ? toLifecycle(doc) : undefined
  })
}
