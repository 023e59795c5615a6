import { Text, View } from '@tarojs/components'
import type { AppointmentSlot, Me } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import { formatDateTime } from '../../../utils/time'
import { ownerLabel } from '../../../utils/scope'
import ManageGate from '../components/ManageGate'
import SlotForm from './SlotForm'
import '../manage.scss'

const keyOf = (s: AppointmentSlot) => s._id
const fetchPage = (page: number, pageSize: number) => call('appointment.slots', { page, pageSize })

/** 预约场次: the upcoming 企业接待日 / 早餐会 sessions with their bookings, and a new one. */
export default function ManageSlotsPage() {
  return (
    <ManageGate what='预约场次管理' className='mg-slots'>
      {(me) => <SlotConsole me={me} />}
    </ManageGate>
  )
}

function SlotConsole({ me }: { me: Me }) {
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)
  return (
    <View>
      <SlotForm me={me} onCreated={() => void list.reload()} />
      <Card title='近期场次'>
        <PagedListView
          list={list}
          card={false}
          renderItem={(s) => (
            <View key={s._id} id={`slot-row-${s._id}`} className='mg-row'>
              <View className='mg-row__head'>
                <Text className='mg-row__title'>{s.title}</Text>
                <Text className='mg-badge mg-badge--owner'>{ownerLabel(me, s.parkId)}</Text>
                <Text className='mg-badge mg-badge--published'>{s.kind}</Text>
              </View>
              <Text className='mg-row__meta'>
                {formatDateTime(s.startsAt)}—{formatDateTime(s.endsAt).slice(11)} · {s.place}
              </Text>
              <Text className='mg-row__meta'>
                接待：{s.host} · 已预约 {s.booked}/{s.capacity}
              </Text>
            </View>
          )}
          empty={<EmptyState text='暂无近期场次' hint='在上方填写并发布新的场次' />}
        />
      </Card>
    </View>
  )
}
