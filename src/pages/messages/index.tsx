import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import NoticeListView from '../../components/NoticeListView'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import NotificationList from './components/NotificationList'
import './index.scss'

type Tab = 'mine' | 'notices'
const TABS: Array<[Tab, string]> = [
  ['mine', '我的消息'],
  ['notices', '通知公告']
]

/** 消息 tab: the caller's own notifications (办件进度 and the like), and the 通知公告. */
export default function MessagesPage() {
  const [tab, setTab] = useState<Tab>('mine')
  const refreshBadge = useUnreadBadge()

  return (
    <View className='page messages'>
      <View className='messages-tabs'>
        {TABS.map(([t, label]) => (
          <Text key={t} id={`messages-tab-${t}`} className={`messages-tabs__tab${t === tab ? ' messages-tabs__tab--on' : ''}`} onClick={() => setTab(t)}>
            {label}
          </Text>
        ))}
      </View>
      {/* only the shown list is mounted, so pull-down and reaching the bottom act on it */}
      {tab === 'mine' ? <NotificationList onRead={() => void refreshBadge()} /> : <NoticeListView />}
    </View>
  )
}
