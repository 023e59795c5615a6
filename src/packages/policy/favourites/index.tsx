import { View } from '@tarojs/components'
import { useCallback } from 'react'
import type { PolicySummary } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import PolicyRow from '../../../components/PolicyRow'
import { policyDetailUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'

const keyOf = (p: PolicySummary) => p._id
const open = (p: PolicySummary) => openPage(policyDetailUrl(p._id))

/** 我的收藏: the policies the caller starred, newest first. */
export default function FavouritesPage() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('policy.favourites', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)
  // a policy un-starred on its detail page leaves this list
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <View className='page policy-favourites'>
      <PagedListView
        list={list}
        renderItem={(p) => <PolicyRow key={p._id} item={p} onOpen={open} idPrefix='policy-favourite' />}
        empty={<EmptyState text='还没有收藏的政策' hint='在政策详情页点“收藏”，申报截止前会提醒您' />}
      />
    </View>
  )
}
