import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { RectifiedStory } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import ListFooter from '../../../components/ListFooter'
import LoadingState from '../../../components/LoadingState'
import { usePagedList } from '../../../hooks/usePagedList'
import StoryCard from './StoryCard'
import './index.scss'

const keyOf = (s: RectifiedStory) => s._id

/** 差评整改公示: every verified 差评 and what was done about it, without names. */
export default function RectifiedBoardPage() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('rectified.list', { page, pageSize }), [])
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
    else body = <EmptyState text='暂无整改公示' hint='经复核属实的差评整改完成后，会匿名公示在这里' />
  }

  return (
    <View className='page rectified'>
      <Text className='page-note'>
        企业的每一条差评都由园区管理人员复核；属实的限期整改并回访，整改情况在此匿名公示，接受监督。
      </Text>
      {body ?? (
        <View>
          {list.error && <ErrorState compact error={list.error} onRetry={() => void list.reload()} />}
          {list.items.map((s) => (
            <StoryCard key={s._id} story={s} />
          ))}
          <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onLoadMore={() => void list.loadMore()} />
        </View>
      )}
    </View>
  )
}
