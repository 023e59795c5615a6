import { View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useState } from 'react'
import type { ManagedNews, NewsStatus } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { publishNewsUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import PublishGate from '../components/PublishGate'
import NewsRow from './NewsRow'
import '../publish.scss'

type Tab = 'all' | NewsStatus
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'scheduled', label: '定时' },
  { key: 'published', label: '已发布' },
  { key: 'unpublished', label: '已撤回' }
]
const keyOf = (n: ManagedNews) => n._id
const open = (n: ManagedNews) => openPage(publishNewsUrl(n._id))

/** 动态管理: the manager's news by status (a park manager's: their park's), with 写动态. */
export default function PublishNewsPage() {
  return (
    <PublishGate what='动态管理' className='pb-news'>
      {() => <NewsConsole />}
    </PublishGate>
  )
}

function NewsConsole() {
  const [tab, setTab] = useState<Tab>('all')
  const fetchPage = useCallback((page: number, pageSize: number) => call('news.manageList', { ...(tab === 'all' ? {} : { status: tab }), page, pageSize }), [tab])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <View>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='news-status' />
      <View className='pb-toolbar'>
        <View id='news-new'>
          <AtButton type='primary' size='small' onClick={() => openPage(publishNewsUrl())}>
            写动态
          </AtButton>
        </View>
      </View>
      <PagedListView list={list} renderItem={(n) => <NewsRow key={n._id} news={n} onOpen={open} />} empty={<EmptyState text='暂无动态' hint='点“写动态”撰写营商动态、典型案例或政策解读' />} />
    </View>
  )
}
