import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { StewardAssignment } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import { formatDateTime } from '../../../utils/time'
import '../steward.scss'

const keyOf = (h: StewardAssignment) => h._id

/** 管家变更记录: every change of an enterprise's steward, who made it and why (optionally of one steward or enterprise). */
export default function StewardHistoryPage() {
  const { params } = useRouter()
  const { stewardId, enterpriseId } = params
  const fetchPage = useCallback(
    (page: number, pageSize: number) =>
      call('steward.assignments', { ...(stewardId ? { stewardId } : {}), ...(enterpriseId ? { enterpriseId } : {}), page, pageSize }),
    [stewardId, enterpriseId]
  )
  const list = usePagedList(fetchPage, keyOf, 20)
  usePagedListEvents(list, { reloadOnShow: true })

  const row = (h: StewardAssignment) => (
    <View key={h._id} id={`history-${h._id}`} className='st-row'>
      <View className='st-row__body'>
        <Text className='st-row__name'>{h.enterpriseName}</Text>
        <Text className='st-row__meta'>
          {h.fromStewardName ?? '未分配'} → {h.toStewardName}
        </Text>
        <Text className='st-row__meta'>
          {formatDateTime(h.at)} · {h.byName} · {h.reason}
        </Text>
      </View>
    </View>
  )
  return (
    <View className='page st-history'>
      {(stewardId || enterpriseId) && <Text className='page-note'>{stewardId ? '仅显示与该管家有关的变更。' : '仅显示该企业的管家变更。'}</Text>}
      <PagedListView list={list} renderItem={row} empty={<EmptyState text='暂无管家变更记录' />} />
    </View>
  )
}
