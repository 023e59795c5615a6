import type { PostIndustry, PostKind, Request } from '../../../types'

export type KindTab = 'all' | PostKind

export interface CircleFilters {
  kind: KindTab
  /** null: any industry */
  industry: PostIndustry | null
}

export const NO_FILTERS: CircleFilters = { kind: 'all', industry: null }

/** the 'post.list' payload: only what narrows the list, so the request stays small and readable */
export function listPayload(q: string, f: CircleFilters, page: number, pageSize: number): Request<'post.list'> {
  const payload: Request<'post.list'> = { page, pageSize }
  if (f.kind !== 'all') payload.kind = f.kind
  if (f.industry) payload.industry = f.industry
  const text = q.trim()
  if (text) payload.q = text
  return payload
}
