import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { MEMBERSHIP_STATUS_LABELS, type Membership } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import RemotePending from '../../../components/RemotePending'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { membershipReviewUrl } from '../../../constants/routes'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { useRemote } from '../../../hooks/useRemote'
import { CAPACITY_SHORT, reviewsMemberships } from '../../../utils/membership'
import { openPage } from '../../../utils/nav'
import { formatDateTime } from '../../../utils/time'
import '../membership.scss'

type QueueTab = 'pending' | 'decided'
const TABS: ReadonlyArray<TabItem<QueueTab>> = [
  { key: 'pending', label: '待审核' },
  { key: 'decided', label: '已处理' }
]
const keyOf = (m: Membership) => m._id

/** 企业认证审核 (stewards for the enterprises in their care, managers for their park, the city admin). */
export default function MembershipQueuePage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  if (!me.data) {
    return (
      <View className='page ms-page'>
        <RemotePending remote={me} />
      </View>
    )
  }
  if (!reviewsMemberships(me.data)) {
    return (
      <View className='page ms-page'>
        <EmptyState text='企业认证审核仅供企业管家和管理人员使用' />
      </View>
    )
  }
  return <Queue />
}

function Queue() {
  const [tab, setTab] = useState<QueueTab>('pending')
  const fetchPage = useCallback((page: number, pageSize: number, cursor?: string) => call('membership.queue', { status: tab, page, pageSize, ...cursorField(cursor) }), [tab])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <View className='page ms-page ms-queue'>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='ms-queue-tab' counts={list.loading ? undefined : { [tab]: list.total }} />
      <PagedListView
        list={list}
        renderItem={(m) => <RequestRow key={m._id} request={m} />}
        empty={
          tab === 'pending' ? (
            <EmptyState text='没有待审核的企业认证申请' hint='企业用户提交的认证申请会出现在这里，请核对营业执照和授权委托书后处理。' />
          ) : (
            <EmptyState text='还没有处理过认证申请' />
          )
        }
      />
    </View>
  )
}

function RequestRow({ request: m }: { request: Membership }) {
  return (
    <View className='ms-request' id={`ms-request-${m._id}`} onClick={() => openPage(membershipReviewUrl(m._id))}>
      <View className='ms-request__head'>
        <Text className='ms-request__enterprise'>{m.enterpriseName}</Text>
        <Text className={`ms-tag ms-tag--${m.status}`}>{MEMBERSHIP_STATUS_LABELS[m.status]}</Text>
      </View>
      <Text className='ms-request__line'>
        {m.name || '未填写姓名'} · {m.phone || '未留手机号'} · {CAPACITY_SHORT[m.capacity]}
      </Text>
      <Text className='ms-request__line'>
        提交于 {formatDateTime(m.createdAt)}
        {m.decidedAt && m.status !== 'pending' ? ` · ${m.decidedByName ?? ''}处理于 ${formatDateTime(m.decidedAt)}` : ''}
      </Text>
    </View>
  )
}
