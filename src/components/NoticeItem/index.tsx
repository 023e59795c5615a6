import { Text, View } from '@tarojs/components'
import type { Notice } from '../../../types'
import { formatShort } from '../../utils/time'
import './index.scss'

interface Props {
  notice: Notice
  onOpen: (notice: Notice) => void
}

/** One row of a notice list; urgent notices carry a red 紧急 mark. */
export default function NoticeItem({ notice, onOpen }: Props) {
  return (
    <View className={`notice-item${notice.urgent ? ' notice-item--urgent' : ''}`} onClick={() => onOpen(notice)}>
      <View className='notice-item__title-row'>
        {notice.urgent && <Text className='notice-item__urgent'>紧急</Text>}
        <Text className='notice-item__title'>{notice.title}</Text>
      </View>
      <View className='notice-item__meta'>
        <Text>{notice.publisherName}</Text>
        <Text>{formatShort(notice.publishedAt)}</Text>
      </View>
    </View>
  )
}
