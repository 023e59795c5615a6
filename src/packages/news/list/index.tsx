import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { NEWS_CATEGORIES, type NewsCategory, type NewsSummary } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import ListFooter from '../../../components/ListFooter'
import LoadingState from '../../../components/LoadingState'
import NewsItem from '../../../components/NewsItem'
import { newsDetailUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import './index.scss'

type Tab = NewsCategory | '全部'
const TABS: Tab[] = ['全部', ...NEWS_CATEGORIES]
const keyOf = (n: NewsSummary) => n._id
const open = (n: NewsSummary) => openPage(newsDetailUrl(n._id))

/** 营商动态: news, cases and policy explainers, by category, page by page. */
export default function NewsListPage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(() => {
    const wanted = params.category ? decodeURIComponent(params.category) : ''
    return (TABS as string[]).includes(wanted) ? (wanted as Tab) : '全部'
  })
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('news.list', tab === '全部' ? { page, pageSize } : { category: tab, page, pageSize }),
    [tab]
  )
  const list = usePagedList(fetchPage, keyOf)

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })

  let body
  if (list.items.length === 0) {
    if (list.loading) body = <LoadingState />
    else if (list.error) body = <ErrorState error={list.error} onRetry={() => void list.reload()} />
    else body = <EmptyState text='暂无动态' />
  }

  return (
    <View className='page news-list'>
      <View className='news-tabs'>
        {TABS.map((t) => (
          <Text key={t} className={`news-tabs__tab${t === tab ? ' news-tabs__tab--on' : ''}`} onClick={() => setTab(t)}>
            {t}
          </Text>
        ))}
      </View>
      {body ?? (
        <View>
          {list.error && <ErrorState compact error={list.error} onRetry={() => void list.reload()} />}
          <Card>
            {list.items.map((n) => (
              <NewsItem key={n._id} news={n} onOpen={open} />
            ))}
          </Card>
          <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onLoadMore={() => void list.loadMore()} />
        </View>
      )}
    </View>
  )
}
