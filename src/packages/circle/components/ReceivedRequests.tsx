import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { ContactRequest, ContactRequestState } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import { useSubmission } from '../../../hooks/useSubmission'
import RequestRow from './RequestRow'

type StateFilter = 'all' | ContactRequestState
const FILTERS = [
  { key: 'pending', label: '待处理' },
  { key: 'accepted', label: '已同意' },
  { key: 'declined', label: '已拒绝' },
  { key: 'all', label: '全部' }
]
const EMPTY: Record<StateFilter, string> = {
  pending: '没有待处理的联系申请',
  accepted: '还没有同意过的申请',
  declined: '还没有拒绝过的申请',
  all: '还没有企业申请您的联系方式'
}

const keyOf = (r: ContactRequest) => r._id

/** 收到的申请: other enterprises asking for the contact of our posts; 同意 reveals it to that requester only. */
export default function ReceivedRequests() {
  const [state, setState] = useState<StateFilter>('pending')
  const fetchPage = useCallback((page: number, pageSize: number) => call('post.contactRequests', { ...(state === 'all' ? {} : { state }), page, pageSize }), [state])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  const answer = useSubmission('post.answerContact')
  const [busyId, setBusyId] = useState<string | null>(null)

  const decide = async (request: ContactRequest, accept: boolean) => {
    const { confirm } = await Taro.showModal({
      title: accept ? '同意申请' : '拒绝申请',
      content: accept
        ? `同意后，${request.requesterEnterpriseName}可看到“${request.postTitle}”的联系人和电话。处理后不能更改。`
        : `拒绝后，对方将看到“对方未同意”。处理后不能更改。`,
      confirmText: accept ? '同意' : '拒绝'
    })
    if (!confirm) return
    setBusyId(request._id)
    const result = await answer.submit({ requestId: request._id, accept })
    setBusyId(null)
    if (result.ok) {
      list.replaceItem(result.data)
      void Taro.showToast({ title: accept ? '已同意' : '已拒绝', icon: 'success' })
    } else if (result.error) {
      void Taro.showModal({ title: '处理失败', content: result.error.message, showCancel: false })
    }
  }

  return (
    <View>
      <View className='cc-filter'>
        <ChipGroup id='request-state' options={FILTERS} selected={[state]} onToggle={(s) => setState(s as StateFilter)} />
      </View>
      <PagedListView
        list={list}
        renderItem={(r) => <RequestRow key={r._id} request={r} busy={busyId === r._id} onAnswer={(accept) => void decide(r, accept)} />}
        empty={<EmptyState text={EMPTY[state]} />}
      />
    </View>
  )
}
