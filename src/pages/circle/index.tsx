import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { INDUSTRIES, POST_KIND_LABELS, POST_KINDS, postDetailUrl, type PostIndustry, type PostSummary } from '../../../types'
import { call } from '../../services'
import ChipGroup from '../../components/ChipGroup'
import PagedListView, { usePagedListEvents } from '../../components/PagedListView'
import SearchBar from '../../components/SearchBar'
import TabStrip, { type TabItem } from '../../components/TabStrip'
import { cursorField, usePagedList } from '../../hooks/usePagedList'
import { useRemote } from '../../hooks/useRemote'
import { useSearchText } from '../../hooks/useSearchText'
import { useShowRefresh } from '../../hooks/useShowRefresh'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import { openPage } from '../../utils/nav'
import ComposeFab from './components/ComposeFab'
import EmptyPosts from './components/EmptyPosts'
import PostCard from './components/PostCard'
import ResultBar from './components/ResultBar'
import { listPayload, NO_FILTERS, type CircleFilters, type KindTab } from './filters'
import './index.scss'

const KIND_TABS: ReadonlyArray<TabItem<KindTab>> = [{ key: 'all', label: '全部' }, ...POST_KINDS.map((k) => ({ key: k, label: POST_KIND_LABELS[k] }))]
const ALL_INDUSTRIES = 'all'
const INDUSTRY_OPTIONS = [{ key: ALL_INDUSTRIES, label: '全部行业' }, ...INDUSTRIES.map((i) => ({ key: i, label: i }))]

const keyOf = (p: PostSummary) => p._id
const open = (p: PostSummary) => openPage(postDetailUrl(p._id))

/** 商圈 tab: published supply, demand and cooperation posts by kind, industry and search, and the 发布 button. */
export default function CirclePage() {
  useUnreadBadge()
  const search = useSearchText()
  const [filters, setFilters] = useState<CircleFilters>(NO_FILTERS)
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const reloadMe = me.reload
  // binding an enterprise elsewhere changes what 发布 does
  useShowRefresh(() => void reloadMe())

  const { query } = search
  const fetchPage = useCallback((page: number, pageSize: number, cursor?: string) => call('post.list', { ...listPayload(query, filters, page, pageSize), ...cursorField(cursor) }), [query, filters])
  const list = usePagedList(fetchPage, keyOf)
  // a post just published, closed or edited shows when coming back
  usePagedListEvents(list, { reloadOnShow: true })

  const pickIndustry = (key: string) =>
    setFilters((f) => ({ ...f, industry: key === ALL_INDUSTRIES || key === f.industry ? null : (key as PostIndustry) }))
  const narrowed = query !== '' || filters.kind !== 'all' || filters.industry !== null
  const clearAll = () => {
    search.submit('')
    setFilters(NO_FILTERS)
  }

  return (
    <View className='page circle'>
      <SearchBar id='circle-search' placeholder='搜索供需信息的标题或内容' text={search.text} onType={search.type} onSubmit={() => search.submit()} onClear={() => search.submit('')} />
      <TabStrip tabs={KIND_TABS} active={filters.kind} onSelect={(kind) => setFilters((f) => ({ ...f, kind }))} idPrefix='circle-kind' />
      <View className='circle-industries'>
        <ChipGroup id='circle-industry' options={INDUSTRY_OPTIONS} selected={[filters.industry ?? ALL_INDUSTRIES]} onToggle={pickIndustry} />
      </View>
      <ResultBar total={list.total} loaded={!list.loading || list.items.length > 0} me={me.data} />
      <PagedListView
        list={list}
        card={false}
        renderItem={(p) => <PostCard key={p._id} post={p} onOpen={open} />}
        empty={<EmptyPosts narrowed={narrowed} onClear={clearAll} />}
      />
      <ComposeFab me={me.data} />
    </View>
  )
}
