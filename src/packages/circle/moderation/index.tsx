import type { PostDetail } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { canModerate } from '../../../pages/circle/access'
import { usePagedList } from '../../../hooks/usePagedList'
import RoleGate from '../components/RoleGate'
import QueueItem from './QueueItem'
import '../circle.scss'

const keyOf = (p: PostDetail) => p._id
const fetchQueue = (page: number, pageSize: number) => call('post.moderationQueue', { page, pageSize })

/** 商圈审核 (park managers and the city admin): posts held by content security or hidden by reports. */
export default function ModerationPage() {
  return (
    <RoleGate allow={canModerate} className='cc-moderation' denied={() => <EmptyState text='商圈审核仅供园区管理员和市级管理员使用' />}>
      {() => <Queue />}
    </RoleGate>
  )
}

function Queue() {
  const list = usePagedList(fetchQueue, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <PagedListView
      list={list}
      card={false}
      renderItem={(p) => <QueueItem key={p._id} post={p} onDecided={list.replaceItem} />}
      empty={<EmptyState text='没有待审核的商圈信息' hint='内容检测需人工审核或被多次举报的信息会出现在这里' />}
    />
  )
}
