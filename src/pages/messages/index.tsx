import { Text, View } from '@tarojs/components'
import NoticeListView from '../../components/NoticeListView'

/** 消息 tab: for now the 通知公告 list; the personal notification centre comes later. */
export default function MessagesPage() {
  return (
    <View className='page'>
      <Text className='page-note'>消息中心（办理进度、管家回复等个人提醒）即将上线，目前这里显示通知公告。</Text>
      <NoticeListView />
    </View>
  )
}
