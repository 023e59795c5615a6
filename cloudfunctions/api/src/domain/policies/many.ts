import type { PolicySummary } from '../../../../../types'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { canRead } from './scope'
import { toSummary } from './summary'

/** as many as a service may link (the `policyIds` limit of service.save) */
export const MAX_POLICY_IDS = 20

/**
 * Summaries of several policies in one read, in the order asked, e.g. the policies a
 * service applies for. Ids the caller may not read (drafts, another park's withdrawn
 * ones) or that do not exist are left out, so their existence does not leak.
 */
export async function getPolicies(ctx: ActionContext, ids: string[]): Promise<PolicySummary[]> {
  const wanted = [...new Set(ids)].slice(0, MAX_POLICY_IDS)
  if (wanted.length === 0) return []
  const { data } = await ctx.db
    .collection(COLLECTIONS.policies)
    .where({ _id: ctx.db.command.in(wanted) })
    .field({ bodyHtml: false, interpretation: false, attachments: false, criteria: false })
    .limit(MAX_POLICY_IDS)
    .get()
  const byId = new Map((data as PolicyDoc[]).filter((doc) => canRead(ctx.caller, doc)).map((doc) => [doc._id, doc]))
  const today = beijingYmd(ctx.clock.now())
  return wanted.flatMap((id) => {
    const doc = byId.get(id)
    return doc ? [toSummary(doc, today)] : []
  })
}
