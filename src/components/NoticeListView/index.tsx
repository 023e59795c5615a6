import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback } from 'react'
import type { Notice } from '../../../types'
import { call } from '../../services'
import { noticeDetailUrl } from '../../constants/routes'
import { usePagedList } from '../../hooks/usePagedList'
import { openPage } from '../../utils/nav'
import Card from '../Card'
import EmptyState from '../EmptyState'
import ErrorState from '../ErrorState'
import ListFooter from '../ListFooter'
import LoadingState from '../LoadingState'
import NoticeItem from '../NoticeItem'

const keyOf = (n: Notice) => n._id

/**
 * The paged list of 通知公告 visible to the caller, newest first; loads more at the
 * bottom and refreshes on pull-down. The host page needs enablePullDownRefresh.
 */
export default function NoticeListView() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('notice.list', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })

  const open = useCallback((n: Notice) => openPage(noticeDetailUrl(n._id)), [])

  if (list.items.length === 0) {
    if (list.loading) return <LoadingState />
    if (list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />
    return <EmptyState text='暂无通知' hint='园区和市里发布的通知公告会显示在这里' />
  }

  return (
    <View className='notice-list-view'>
      {list.error && <ErrorState compact error={list.error} onRetry={() => void list.reload()} />}
      <Card>
        {list.items.map((n) => (
          <NoticeItem key={n._id} notice={n} onOpen={open} />
        ))}
      </Card>
      <ListFooter
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        onLoadMore={() => void list.loadMore()}
      />
    </View>
  )
}
