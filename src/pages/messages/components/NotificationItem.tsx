import { Text, View } from '@tarojs/components'
import type { AppNotification } from '../../../../types'
import { formatShort } from '../../../utils/time'

interface Props {
  item: AppNotification
  onOpen: (item: AppNotification) => void
}

/** One notification: a dot while unread, title, body and when. */
export default function NotificationItem({ item, onOpen }: Props) {
  return (
    <View id={`notification-${item._id}`} className={`notification-item${item.read ? '' : ' notification-item--unread'}`} onClick={() => onOpen(item)}>
      <View className='notification-item__head'>
        {!item.read && <View className='notification-item__dot' aria-label='未读' />}
        <Text className='notification-item__title'>{item.title}</Text>
        <Text className='notification-item__time'>{formatShort(item.createdAt)}</Text>
      </View>
      {item.body && <Text className='notification-item__body'>{item.body}</Text>}
    </View>
  )
}
