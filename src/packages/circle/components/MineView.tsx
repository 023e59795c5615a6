import { View } from '@tarojs/components'
import { useState } from 'react'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import MyPosts from './MyPosts'
import ReceivedRequests from './ReceivedRequests'

export type MineTab = 'posts' | 'requests'
const TABS: ReadonlyArray<TabItem<MineTab>> = [
  { key: 'posts', label: '我的发布' },
  { key: 'requests', label: '收到的申请' }
]

/** The poster's side of the circle: its posts, and the contact requests on them. */
export default function MineView({ initial }: { initial: MineTab }) {
  const [tab, setTab] = useState<MineTab>(initial)
  return (
    <View>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='circle-mine' />
      {tab === 'posts' ? <MyPosts /> : <ReceivedRequests />}
    </View>
  )
}
