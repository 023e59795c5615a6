import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { PolicyCategory, PolicySummary } from '../../../types'
import { call } from '../../services'
import PagedListView, { usePagedListEvents } from '../../components/PagedListView'
import PolicyRow from '../../components/PolicyRow'
import SearchBar from '../../components/SearchBar'
import { policyDetailUrl, ROUTES } from '../../constants/routes'
import { cursorField, usePagedList } from '../../hooks/usePagedList'
import { useRemote } from '../../hooks/useRemote'
import { useSearchText } from '../../hooks/useSearchText'
import { useShowRefresh } from '../../hooks/useShowRefresh'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import { openPage } from '../../utils/nav'
import EmptyResults from './components/EmptyResults'
import FilterSheet from './components/FilterSheet'
import QuickEntries, { type QuickEntryKey } from './components/QuickEntries'
import RecentSearches from './components/RecentSearches'
import ResultBar from './components/ResultBar'
import { activeFilterCount, NO_FILTERS, searchPayload, type PolicyFilters, type PolicySort } from './filters'
import { useRecentSearches } from './hooks/useRecentSearches'
import { useRecommendEntry } from './hooks/useRecommendEntry'
import './index.scss'

const keyOf = (p: PolicySummary) => p._id
const open = (p: PolicySummary) => openPage(policyDetailUrl(p._id))

/** 政策 tab: search the policy library with filters, and the shortcuts to 为我推荐, 免申即享, the calendar and favourites. */
export default function PolicyPage() {
  useUnreadBadge()
  const search = useSearchText()
  const recent = useRecentSearches()
  const [filters, setFilters] = useState<PolicyFilters>(NO_FILTERS)
  const [sort, setSort] = useState<PolicySort>('relevance')
  const [sheetOpen, setSheetOpen] = useState(false)
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const reloadMe = me.reload
  // binding an enterprise elsewhere changes what 为我推荐 does
  useShowRefresh(() => void reloadMe())
  const openRecommend = useRecommendEntry(me.data)

  const { query } = search
  const fetchPage = useCallback(
    (page: number, pageSize: number, cursor?: string) => call('policy.search', { ...searchPayload(query, filters, query ? sort : 'date', page, pageSize), ...cursorField(cursor) }),
    [query, filters, sort]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  const submit = (text?: string) => recent.add(search.submit(text))
  const onEntry = (key: QuickEntryKey) => {
    if (key === 'recommend') openRecommend()
    else if (key === 'exempt') setFilters((f) => ({ ...f, exemptOnly: !f.exemptOnly }))
    else if (key === 'calendar') openPage(ROUTES.policyCalendar)
    else if (key === 'favourites') openPage(ROUTES.policyFavourites)
    else openPage(ROUTES.policyFollowing)
  }
  const browseCategory = (category: PolicyCategory) => {
    search.submit('')
    setFilters({ ...NO_FILTERS, categories: [category] })
  }
  const filterCount = activeFilterCount(filters)

  return (
    <View className='page policy'>
      <SearchBar id='policy-search' placeholder='搜索政策标题、文号或正文' text={search.text} onType={search.type} onSubmit={() => submit()} onClear={() => search.submit('')} />
      <QuickEntries exemptOn={filters.exemptOnly} onOpen={onEntry} />
      {search.text === '' && <RecentSearches items={recent.items} onPick={(q) => submit(q)} onClear={recent.clear} />}
      <ResultBar
        total={list.total}
        loaded={!list.loading || list.items.length > 0}
        canSortByRelevance={query !== ''}
        sort={sort}
        onSort={setSort}
        filterCount={filterCount}
        onOpenFilters={() => setSheetOpen(true)}
      />
      <PagedListView
        list={list}
        renderItem={(p) => <PolicyRow key={p._id} item={p} onOpen={open} />}
        empty={
          <EmptyResults
            query={query}
            hasFilters={filterCount > 0}
            includeExpired={filters.includeExpired}
            onCategory={browseCategory}
            onClearFilters={() => setFilters(NO_FILTERS)}
            onIncludeExpired={() => setFilters((f) => ({ ...f, includeExpired: true }))}
          />
        }
      />
      {sheetOpen && (
        <FilterSheet
          value={filters}
          onClose={() => setSheetOpen(false)}
          onApply={(f) => {
            setFilters(f)
            setSheetOpen(false)
          }}
        />
      )}
    </View>
  )
}
