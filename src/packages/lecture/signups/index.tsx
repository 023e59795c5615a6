import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { LectureDetail, LectureSignupRow, LectureSignupState } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import RemotePending from '../../../components/RemotePending'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { useRemote } from '../../../hooks/useRemote'
import OrganiserGate from '../components/OrganiserGate'
import { lectureTimeLabel } from '../labels'
import CheckinCodeCard from './CheckinCodeCard'
import ExportPanel from './ExportPanel'
import SignupRow from './SignupRow'
import '../lecture.scss'

type Filter = 'all' | LectureSignupState
const TABS: ReadonlyArray<TabItem<Filter>> = [
  { key: 'all', label: '全部' },
  { key: 'confirmed', label: '已报名' },
  { key: 'waitlisted', label: '候补' },
  { key: 'cancelled', label: '已取消' }
]
const keyOf = (r: LectureSignupRow) => r.userId

/** The organiser's view of one lecture (?id=): the check-in code, the sign-ups with check-in marks, and the CSV export. */
export default function LectureSignupsPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <OrganiserGate className='lec-signups'>
      <SignupsConsole id={id} />
    </OrganiserGate>
  )
}

function SignupsConsole({ id }: { id: string }) {
  const load = useCallback(() => call('lecture.get', { id }), [id])
  const lecture = useRemote(load)
  if (!lecture.data) return <RemotePending remote={lecture} />
  if (!lecture.data.canManage) return <EmptyState text='只能查看本园区组织的讲座的报名名单' />
  return <Roster lecture={lecture.data} onRefresh={() => void lecture.reload()} />
}

function Roster({ lecture: l, onRefresh }: { lecture: LectureDetail; onRefresh: () => void }) {
  const [filter, setFilter] = useState<Filter>('all')
  const fetchPage = useCallback(
    (page: number, pageSize: number, cursor?: string) => call('lecture.signups', { ...(filter === 'all' ? { id: l._id } : { id: l._id, state: filter }), page, pageSize, ...cursorField(cursor) }),
    [l._id, filter]
  )
  const list = usePagedList(fetchPage, keyOf, 20)
  usePagedListEvents(list, { onRefresh })
  return (
    <View>
      <Card>
        <View className='lec-roster-head'>
          <Text className='lec-info__title'>{l.title}</Text>
          <Text className='lec-row__meta'>{lectureTimeLabel(l.startsAt, l.endsAt)}</Text>
          <Text className='lec-row__meta'>
            名额 {l.capacity} · 已报名 {l.confirmed} · 候补 {l.waitlisted}
          </Text>
        </View>
      </Card>
      <CheckinCodeCard lecture={l} />
      <Card title='导出名单'>
        <ExportPanel lectureId={l._id} />
      </Card>
      <TabStrip tabs={TABS} active={filter} onSelect={setFilter} idPrefix='signups-tab' counts={{ confirmed: l.confirmed, waitlisted: l.waitlisted }} />
      <PagedListView list={list} renderItem={(r) => <SignupRow key={r.userId} row={r} />} empty={<EmptyState text={filter === 'all' ? '还没有人报名' : '暂无此状态的报名'} />} />
    </View>
  )
}
