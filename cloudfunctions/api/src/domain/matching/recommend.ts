/** 为我推荐: every live published policy, judged against the caller's enterprise profile. */
import type { MatchVerdict, Page, PolicyMatch } from '../../../../../types'
import type { ActionContext } from '../context'
import { beijingYmd } from '../calendar/beijingDate'
import { ownProfile } from '../enterprises/profile'
import { loadPublishedPolicies } from '../policies/load'
import { toSummary } from '../policies/summary'
import { matchPolicy } from './match'
import { loadParkNames } from './parks'

export interface RecommendInput {
  verdict?: MatchVerdict
  /** 免申即享: exempt policies the enterprise is eligible for */
  exemptOnly: boolean
  page: number
  pageSize: number
}

const VERDICT_RANK: Record<MatchVerdict, number> = { eligible: 0, almost: 1, ineligible: 2 }

/** open or upcoming deadlines first (soonest first), then no deadline, then closed windows */
function deadlineRank(p: PolicyMatch): [number, string] {
  if (p.window.state === 'closed') return [2, '']
  return p.applyUntil ? [0, p.applyUntil] : [1, '']
}

export function compareMatches(a: PolicyMatch, b: PolicyMatch): number {
  const [ra, da] = deadlineRank(a)
  const [rb, db] = deadlineRank(b)
  return (
    VERDICT_RANK[a.match.verdict] - VERDICT_RANK[b.match.verdict] ||
    ra - rb ||
    da.localeCompare(db) ||
    (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
    a._id.localeCompare(b._id)
  )
}

export async function recommendPolicies(ctx: ActionContext, input: RecommendInput): Promise<Page<PolicyMatch>> {
  const profile = await ownProfile(ctx)
  const today = beijingYmd(ctx.clock.now())
  const [policies, parkNames] = await Promise.all([
    // bodies are the bulk of a policy and a summary needs none of them
    loadPublishedPolicies(ctx.db, { bodyHtml: false, bodyText: false, interpretation: false, attachments: false }),
    loadParkNames(ctx.db)
  ])
  const items = policies
    .map((doc) => ({ ...toSummary(doc, today), match: matchPolicy(profile, doc.criteria, today, parkNames) }))
    .filter((p) => p.status !== 'expired')
    .filter((p) => !input.verdict || p.match.verdict === input.verdict)
    .filter((p) => !input.exemptOnly || (p.exempt && p.match.verdict === 'eligible'))
    .sort(compareMatches)
  const start = (input.page - 1) * input.pageSize
  return {
    items: items.slice(start, start + input.pageSize),
    total: items.length,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: start + input.pageSize < items.length
  }
}
