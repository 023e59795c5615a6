import type { Page } from '../../../../types'
import type { Query } from '../db/port'

/** Runs a page of a query plus its total, the shape every list action answers. */
export async function pageOf<T>(
  query: Query,
  page: number,
  pageSize: number,
  map: (doc: Record<string, unknown>) => T
): Promise<Page<T>> {
  const [{ total }, { data }] = await Promise.all([
    query.count(),
    query.skip((page - 1) * pageSize).limit(pageSize).get()
  ])
  return { items: data.map(map), total, page, pageSize, hasMore: page * pageSize < total }
}
