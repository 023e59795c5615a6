import { View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useState } from 'react'
import type { ManagedNotice, NoticeStatus, Park } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { publishNoticeUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import PublishGate from '../components/PublishGate'
import NoticeRow from './NoticeRow'
import '../publish.scss'

type Tab = 'all' | NoticeStatus
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'published', label: '已发送' }
]
const keyOf = (n: ManagedNotice) => n._id
const open = (n: ManagedNotice) => openPage(publishNoticeUrl(n._id))
const NO_PARKS: Park[] = []

/** 通知发布: drafts and sent notices (a park manager's: their park's) with 送达 / 已读, and 写通知. */
export default function PublishNoticesPage() {
  return (
    <PublishGate what='通知发布' className='pb-notices'>
      {() => <NoticeConsole />}
    </PublishGate>
  )
}

function NoticeConsole() {
  const [tab, setTab] = useState<Tab>('all')
  const loadParks = useCallback(() => call('park.list', {}), [])
  const parks = useRemote(loadParks).data ?? NO_PARKS
  const fetchPage = useCallback((page: number, pageSize: number) => call('notice.manageList', { ...(tab === 'all' ? {} : { status: tab }), page, pageSize }), [tab])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <View>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='notice-status' />
      <View className='pb-toolbar'>
        <View id='notice-new'>
          <AtButton type='primary' size='small' onClick={() => openPage(publishNoticeUrl())}>
            写通知
          </AtButton>
        </View>
      </View>
      <PagedListView list={list} renderItem={(n) => <NoticeRow key={n._id} notice={n} parks={parks} onOpen={open} />} empty={<EmptyState text='暂无通知' hint='点“写通知”，选择发送范围后发布' />} />
    </View>
  )
}
