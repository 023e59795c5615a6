import { View } from '@tarojs/components'
import NoticeListView from '../../../components/NoticeListView'

/** 通知公告: all notices visible to the caller, page by page. */
export default function NoticeListPage() {
  return (
    <View className='page'>
      <NoticeListView />
    </View>
  )
}
