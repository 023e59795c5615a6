import { View } from '@tarojs/components'
import { useState } from 'react'
import NoticeListView from '../../components/NoticeListView'
import TabStrip, { type TabItem } from '../../components/TabStrip'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import NotificationList from './components/NotificationList'
import './index.scss'

type Tab = 'mine' | 'notices'
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'mine', label: '我的消息' },
  { key: 'notices', label: '通知公告' }
]

/** 消息 tab: the caller's own notifications (办件进度 and the like), and the 通知公告. */
export default function MessagesPage() {
  const [tab, setTab] = useState<Tab>('mine')
  const refreshBadge = useUnreadBadge()

  return (
    <View className='page messages'>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='messages-tab' />
      {/* only the shown list is mounted, so pull-down and reaching the bottom act on it */}
      {tab === 'mine' ? <NotificationList onRead={() => void refreshBadge()} /> : <NoticeListView />}
    </View>
  )
}
