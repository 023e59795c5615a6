import { useCallback, useState } from 'react'
import type { CaseSummary, CaseType, Page } from '../../../../types'
import { usePagedListEvents } from '../../../components/PagedListView'
import { useNow } from '../../../hooks/useNow'
import { usePagedList, type PagedList } from '../../../hooks/usePagedList'
import { useTabCounts } from './useTabCounts'

/** one page of a tab's cases, optionally of one type; a module-level function, so it stays the same */
export type FetchTab<K extends string> = (tab: K, type: CaseType | null, page: number, pageSize: number, cursor?: string) => Promise<Page<CaseSummary>>

export interface WorkList<K extends string> {
  tab: K
  setTab: (tab: K) => void
  type: CaseType | null
  setType: (type: CaseType | null) => void
  list: PagedList<CaseSummary>
  counts: Partial<Record<K, number>>
  /** one clock for every countdown in the list */
  now: number
}

const keyOf = (c: CaseSummary) => c._id

/**
 * A staff case list with tabs and a type filter: the shown tab's cases page by page, a count
 * on every tab, and both reloaded on pull-down and when coming back from a case (which may
 * have been handled there).
 */
export function useWorkList<K extends string>(fetchTab: FetchTab<K>, tabs: readonly K[], initial: K): WorkList<K> {
  const [tab, setTab] = useState<K>(initial)
  const [type, setType] = useState<CaseType | null>(null)
  const fetchPage = useCallback((page: number, pageSize: number, cursor?: string) => fetchTab(tab, type, page, pageSize, cursor), [fetchTab, tab, type])
  const countOf = useCallback((k: K) => fetchTab(k, type, 1, 1).then((p) => p.total), [fetchTab, type])
  const list = usePagedList(fetchPage, keyOf)
  const tabCounts = useTabCounts(tabs, countOf)
  usePagedListEvents(list, { reloadOnShow: true, onRefresh: tabCounts.refresh })
  const now = useNow(30000)
  // the shown list's own total is the freshest count for its tab
  const counts = list.loading || list.error ? tabCounts.counts : { ...tabCounts.counts, [tab]: list.total }
  return { tab, setTab, type, setType, list, counts, now }
}
