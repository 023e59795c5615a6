/** Deadline settings: read by stewards and managers, changed by the city admin only. */
import type { DeadlineSettings } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'
import { requireCityAdmin } from '../scope'
import { DEADLINES_SETTINGS_ID, mergeDeadlines } from './store'

const TYPE_LABELS = { consult: '咨询', complaint: '投诉', service: '服务申请' } as const

function checkConsistent(s: DeadlineSettings): void {
  for (const type of Object.keys(TYPE_LABELS) as Array<keyof typeof TYPE_LABELS>) {
    if (s[type].response > s[type].resolve) {
      fail('INVALID_INPUT', `${TYPE_LABELS[type]}首次响应时限不能长于办结时限`, `${type}.response`)
    }
  }
  if (s.escalateToAdminAfter <= s.escalateToManagerAfter) {
    fail('INVALID_INPUT', '升级至市级的期限应长于升级至园区的期限', 'escalateToAdminAfter')
  }
}

export async function setDeadlineSettings(ctx: ActionContext, input: DeadlineSettings): Promise<DeadlineSettings> {
  // the same deadlines hold for every park's cases, so that parks are measured alike
  requireCityAdmin(ctx, '办理期限')
  const next = mergeDeadlines(input)
  checkConsistent(next)
  const actorId = ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)
  const now = ctx.clock.now().toISOString()
  await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.settings).doc(DEADLINES_SETTINGS_ID)
    const before = mergeDeadlines((await ref.get()).data as Partial<DeadlineSettings> | null)
    await ref.set({ data: { ...next, updatedById: actorId, updatedAt: now } })
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId, action: 'settings.setDeadlines', target: DEADLINES_SETTINGS_ID, detail: { before, after: next }, at: now }
    })
  })
  return next
}
