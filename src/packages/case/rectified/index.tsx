import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { RectifiedStory } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import StoryCard from './StoryCard'
import './index.scss'

const keyOf = (s: RectifiedStory) => s._id

/** 差评整改公示: every verified 差评 and what was done about it, without names. */
export default function RectifiedBoardPage() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('rectified.list', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  return (
    <View className='page rectified'>
      <Text className='page-note'>
        企业的每一条差评都由园区管理人员复核；属实的限期整改并回访，整改情况在此匿名公示，接受监督。
      </Text>
      <PagedListView
        list={list}
        card={false}
        renderItem={(s) => <StoryCard key={s._id} story={s} />}
        empty={<EmptyState text='暂无整改公示' hint='经复核属实的差评整改完成后，会匿名公示在这里' />}
      />
    </View>
  )
}
