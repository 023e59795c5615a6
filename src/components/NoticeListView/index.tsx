import { useCallback } from 'react'
import type { Notice } from '../../../types'
import { call } from '../../services'
import { noticeDetailUrl } from '../../constants/routes'
import { usePagedList } from '../../hooks/usePagedList'
import { openPage } from '../../utils/nav'
import EmptyState from '../EmptyState'
import NoticeItem from '../NoticeItem'
import PagedListView, { usePagedListEvents } from '../PagedListView'

const keyOf = (n: Notice) => n._id
const open = (n: Notice) => openPage(noticeDetailUrl(n._id))

/**
 * The paged list of 通知公告 visible to the caller, newest first; loads more at the
 * bottom and refreshes on pull-down. The host page needs enablePullDownRefresh.
 */
export default function NoticeListView() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('notice.list', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  return (
    <PagedListView
      list={list}
      className='notice-list-view'
      renderItem={(n) => <NoticeItem key={n._id} notice={n} onOpen={open} />}
      empty={<EmptyState text='暂无通知' hint='园区和市里发布的通知公告会显示在这里' />}
    />
  )
}
