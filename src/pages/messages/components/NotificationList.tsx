import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { AppNotification } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { toUiError } from '../../../utils/errors'
import NotificationItem from './NotificationItem'
import SubscribeButton from './SubscribeButton'
import { openLink } from './openLink'

const keyOf = (n: AppNotification) => n._id

interface Props {
  /** after something was marked read: refresh the tab badge */
  onRead: () => void
}

/** 我的消息: the caller's own notifications, newest first; opening one marks it read. The page needs enablePullDownRefresh. */
export default function NotificationList({ onRead }: Props) {
  const fetchPage = useCallback((page: number, pageSize: number, cursor?: string) => call('notification.list', { page, pageSize, ...cursorField(cursor) }), [])
  const list = usePagedList(fetchPage, keyOf)
  const [markingAll, setMarkingAll] = useState(false)
  const { replaceItem } = list
  usePagedListEvents(list, { reloadOnShow: true })

  const open = useCallback(
    (n: AppNotification) => {
      if (!n.read) {
        replaceItem({ ...n, read: true })
        // opening matters more than the mark: a failed mark is retried next time it is opened
        call('notification.markRead', { ids: [n._id] })
          .then(onRead)
          .catch(() => replaceItem(n))
      }
      openLink(n.link)
    },
    [replaceItem, onRead]
  )

  const markAll = async () => {
    if (markingAll) return
    setMarkingAll(true)
    try {
      await call('notification.markRead', { all: true })
      for (const n of list.items) if (!n.read) replaceItem({ ...n, read: true })
      onRead()
    } catch (e) {
      void Taro.showToast({ title: toUiError(e).message, icon: 'none' })
    } finally {
      setMarkingAll(false)
    }
  }

  const unread = list.items.some((n) => !n.read)
  return (
    <View className='notification-list'>
      <View className='notification-bar'>
        <SubscribeButton />
        {unread && (
          <Text id='mark-all-read' className='notification-bar__action notification-bar__action--right' onClick={() => void markAll()}>
            {markingAll ? '正在标记…' : '全部已读'}
          </Text>
        )}
      </View>
      <PagedListView
        list={list}
        renderItem={(n) => <NotificationItem key={n._id} item={n} onOpen={open} />}
        empty={<EmptyState text='暂无消息' hint='办件受理、答复、办结和督办等进度会通知到这里' />}
      />
    </View>
  )
}
