/**
 * The rate-limit settings: `settings/rateLimits`, set by the city admin. A class missing
 * from the stored document (e.g. one added after it was saved) falls back to its default.
 */
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_CLASSES, type RateLimitSettings } from '../../../../types'
import type { Database } from '../db/port'
import type { ActionContext } from '../domain/context'
import { COLLECTIONS } from '../domain/docs'
import { fail } from '../domain/errors'
import { userIdFor } from '../domain/ids'

export const RATE_LIMITS_SETTINGS_ID = 'rateLimits'

export function mergeRateLimits(stored: Partial<RateLimitSettings> | null | undefined): RateLimitSettings {
  const out = {} as RateLimitSettings
  for (const cls of RATE_LIMIT_CLASSES) out[cls] = { ...DEFAULT_RATE_LIMITS[cls], ...stored?.[cls] }
  return out
}

/** one read by id per write action (see docs/decisions/0012 for the cost) */
export async function loadRateLimits(db: Database): Promise<RateLimitSettings> {
  const { data } = await db.collection(COLLECTIONS.settings).doc(RATE_LIMITS_SETTINGS_ID).get()
  return mergeRateLimits((data?.rules ?? null) as Partial<RateLimitSettings> | null)
}

export async function setRateLimits(ctx: ActionContext, input: RateLimitSettings): Promise<RateLimitSettings> {
  const next = mergeRateLimits(input)
  for (const cls of RATE_LIMIT_CLASSES) {
    // an office behind one NAT shares an IP: a per-IP limit below the per-account one would lock colleagues out first
    if (next[cls].perIp < next[cls].perAccount) fail('INVALID_INPUT', '每个IP的次数不能少于每个账号的次数', `${cls}.perIp`)
  }
  const actorId = ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)
  const now = ctx.clock.now().toISOString()
  await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.settings).doc(RATE_LIMITS_SETTINGS_ID)
    const before = mergeRateLimits(((await ref.get()).data?.rules ?? null) as Partial<RateLimitSettings> | null)
    // `rules` nested under one key: set() replaces the whole document, so no stale class survives
    await ref.set({ data: { rules: next, updatedById: actorId, updatedAt: now } })
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId, action: 'settings.setRateLimits', target: RATE_LIMITS_SETTINGS_ID, detail: { before, after: next }, at: now }
    })
  })
  return next
}
