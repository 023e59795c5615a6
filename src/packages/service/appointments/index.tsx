import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { APPOINTMENT_KINDS, type AppointmentKind, type AppointmentSlot } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { ROUTES } from '../../../constants/routes'
import { GO_VERIFY, isPendingMember } from '../../../utils/membership'
import { usePagedList } from '../../../hooks/usePagedList'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import { actsForEnterprise, isStaff } from '../components/BindGate'
import SlotCard from './SlotCard'
import { useSlotActions } from './useSlotActions'
import '../service.scss'

const TABS: ReadonlyArray<TabItem<AppointmentKind>> = APPOINTMENT_KINDS.map((k) => ({ key: k, label: k }))
const INTRO: Record<AppointmentKind, string> = {
  企业接待日: '部门负责人定期坐班接待企业，当面听诉求、现场协调解决。',
  早餐会: '政企早餐会，围绕一个主题与相关部门和企业面对面交流。'
}
const keyOf = (s: AppointmentSlot) => s._id

/** 企业接待日 / 早餐会: upcoming sessions with seats left; an enterprise books a seat with its topic or cancels it. */
export default function AppointmentsPage() {
  const [kind, setKind] = useState<AppointmentKind>('企业接待日')
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const fetchPage = useCallback((page: number, pageSize: number) => call('appointment.slots', { kind, page, pageSize }), [kind])
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  const actions = useSlotActions(list)
  const canBook = me.data !== null && actsForEnterprise(me.data)

  return (
    <View className='page svc-appointments'>
      <TabStrip tabs={TABS} active={kind} onSelect={setKind} idPrefix='slot-kind' />
      <Text className='page-note'>{INTRO[kind]}</Text>
      {me.data && !canBook && (
        <View className='svc-bind-note'>
          {isStaff(me.data) ? (
            <Text>预约由企业用户提交，工作人员账号仅可查看场次。</Text>
          ) : (
            <Text>
              {isPendingMember(me.data) ? '企业认证审核中，通过后即可预约。' : '认证为企业成员后即可预约。'}
              <Text id='slots-go-bind' className='svc-link' onClick={() => openPage(ROUTES.bind)}>
                {isPendingMember(me.data) ? '查看认证进度' : GO_VERIFY}
              </Text>
            </Text>
          )}
        </View>
      )}
      <PagedListView
        list={list}
        card={false}
        renderItem={(slot) => (
          <SlotCard
            key={slot._id}
            slot={slot}
            canBook={canBook}
            open={actions.openId === slot._id}
            topic={actions.topic}
            topicMessage={actions.topicMessage}
            busy={actions.busyId === slot._id}
            notice={actions.notices[slot._id]}
            onOpen={() => actions.open(slot._id)}
            onClose={actions.close}
            onTopic={actions.setTopic}
            onBook={() => void actions.book(slot)}
            onCancel={() => void actions.cancel(slot)}
          />
        )}
        empty={<EmptyState text={`近期没有${kind}场次`} hint='新的场次发布后会在这里显示' />}
      />
    </View>
  )
}
