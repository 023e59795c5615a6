/**
 * policy.search: published policies for everyone, filtered on every dimension, with
 * Chinese full-text search through the port's `search` when there is a query.
 */
import type { Highlighted, Page, ParsedRequest, PolicySummary } from '../../../../../types'
import type { Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { listPage, shallowSkip } from '../paging'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { highlight, snippet } from './highlight'
import { PUBLISHED } from './load'
import { toSummary } from './summary'

type SearchInput = ParsedRequest<'policy.search'>

/** list views never need the body; search needs the text for snippets */
const LIST_FIELDS = { bodyHtml: false, bodyText: false, interpretation: false, attachments: false, criteria: false }
export const SEARCH_FIELDS = { bodyHtml: false, interpretation: false, attachments: false, criteria: false }

/**
 * The where-condition for the filters. An empty filter list means no filter. Policies
 * whose industries/scales/parkIds are [] apply to everyone, so they match any value.
 */
export function searchWhere(db: Database, input: SearchInput, today: string): Record<string, unknown> {
  const _ = db.command
  const where: Record<string, unknown> = { ...PUBLISHED }
  const anyOf = (values: string[]) => _.in(values)
  const orOpen = (values: string[]) => _.or([_.in(values), _.eq([])])
  if (input.categories.length) where.categories = anyOf(input.categories)
  if (input.levels.length) where.level = anyOf(input.levels)
  if (input.benefitTypes.length) where.benefitType = anyOf(input.benefitTypes)
  if (input.industries.length) where.industries = orOpen(input.industries)
  if (input.scales.length) where.scales = orOpen(input.scales)
  if (input.parkIds.length) where.parkIds = orOpen(input.parkIds)
  if (input.exemptOnly) where.exempt = true
  // no expiry date = in force until further notice
  if (!input.includeExpired) where.expiresOn = _.or([_.eq(null), _.gte(today)])
  return where
}

const hasHit = (h: Highlighted) => h.some((s) => s.hit)

/** the title marked up, and a window of the body (or the summary when the body has no hit) */
export function highlightFor(doc: Pick<PolicyDoc, 'title' | 'summary' | 'bodyText'>, q: string): NonNullable<PolicySummary['highlight']> {
  const body = snippet(doc.bodyText ?? '', q)
  return { title: highlight(doc.title, q), snippet: hasHit(body) ? body : snippet(doc.summary, q) }
}

export async function searchPolicies(ctx: ActionContext, input: SearchInput): Promise<Page<PolicySummary>> {
  const { db } = ctx
  const today = beijingYmd(ctx.clock.now())
  const where = searchWhere(db, input, today)
  const { page, pageSize } = input
  const q = input.q.trim()
  const pageOf = (items: PolicySummary[], total: number): Page<PolicySummary> => ({ items, total, page, pageSize, hasMore: page * pageSize < total })

  if (!q) {
    // relevance needs a query; without one both sorts are by date
    // newest first, ties by _id; deep pages by cursor
    return listPage(db, db.collection(COLLECTIONS.policies), { where, orderBy: ['publishedAt', 'desc'], field: { ...LIST_FIELDS } }, input, (d) => toSummary(d as unknown as PolicyDoc, today))
  }

  const result = await db.search(COLLECTIONS.policies, {
    text: q,
    where,
    orderBy: input.sort === 'relevance' ? 'score' : { field: 'publishedAt', direction: 'desc' },
    skip: shallowSkip(page, pageSize),
    limit: pageSize,
    field: SEARCH_FIELDS
  })
  const items = (result.data as unknown as PolicyDoc[]).map((d) => ({ ...toSummary(d, today), highlight: highlightFor(d, q) }))
  return pageOf(items, result.total)
}
