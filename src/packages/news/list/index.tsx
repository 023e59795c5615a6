import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { NEWS_CATEGORIES, type NewsCategory, type NewsSummary } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import NewsItem from '../../../components/NewsItem'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { newsDetailUrl } from '../../../constants/routes'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import './index.scss'

type Tab = NewsCategory | '全部'
const TABS: ReadonlyArray<TabItem<Tab>> = (['全部', ...NEWS_CATEGORIES] as Tab[]).map((t) => ({ key: t, label: t }))
const keyOf = (n: NewsSummary) => n._id
const open = (n: NewsSummary) => openPage(newsDetailUrl(n._id))

/** 营商动态: news, cases and policy explainers, by category, page by page. */
export default function NewsListPage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(() => {
    const wanted = params.category ? decodeURIComponent(params.category) : ''
    return TABS.some((t) => t.key === wanted) ? (wanted as Tab) : '全部'
  })
  const fetchPage = useCallback(
    (page: number, pageSize: number, cursor?: string) => call('news.list', { ...(tab === '全部' ? {} : { category: tab }), page, pageSize, ...cursorField(cursor) }),
    [tab]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  return (
    <View className='page news-list'>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='news-tab' />
      <PagedListView list={list} renderItem={(n) => <NewsItem key={n._id} news={n} onOpen={open} />} empty={<EmptyState text='暂无动态' />} />
    </View>
  )
}
