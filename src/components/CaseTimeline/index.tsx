import { Text, View } from '@tarojs/components'
import { CASE_EVENT_LABELS, type CaseEvent, type EventVisibility } from '../../../types'
import { formatDateTime } from '../../utils/time'
import AttachmentList from '../AttachmentList'
import './index.scss'

interface Props {
  events: CaseEvent[]
}

/** staff see internal entries; they are marked so nobody mistakes them for what the enterprise read */
const VISIBILITY_NOTE: Record<EventVisibility, string> = { all: '', staff: '仅工作人员可见', managers: '仅管理人员可见' }

/** The case's history as it happened, oldest first, in Beijing time. */
export default function CaseTimeline({ events }: Props) {
  if (events.length === 0) return <Text className='case-timeline__empty'>暂无办理记录</Text>
  return (
    <View className='case-timeline'>
      {events.map((e, i) => (
        <View key={`${e.at}-${i}`} className={`case-timeline__event case-timeline__event--${e.action}`}>
          <View className='case-timeline__dot' />
          <View className='case-timeline__body'>
            <View className='case-timeline__head'>
              <Text className='case-timeline__action'>{CASE_EVENT_LABELS[e.action]}</Text>
              <Text className='case-timeline__actor'>{e.actorName}</Text>
              {VISIBILITY_NOTE[e.visibility] && <Text className='case-timeline__internal'>{VISIBILITY_NOTE[e.visibility]}</Text>}
            </View>
            <Text className='case-timeline__time'>{formatDateTime(e.at)}</Text>
            {e.note && <Text className='case-timeline__note'>{e.note}</Text>}
            <AttachmentList items={e.attachments} />
          </View>
        </View>
      ))}
    </View>
  )
}
