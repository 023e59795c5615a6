import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { AppointmentSlot } from '../../../../types'
import TextArea from '../../../components/TextArea'
import { seatsLeft, slotTimeLabel } from './slotTime'

export interface SlotNotice {
  tone: 'ok' | 'error'
  text: string
}

interface Props {
  slot: AppointmentSlot
  /** the caller can book for an enterprise */
  canBook: boolean
  /** the topic form of this slot is open */
  open: boolean
  topic: string
  topicMessage?: string
  busy: boolean
  notice?: SlotNotice
  onOpen: () => void
  onClose: () => void
  onTopic: (topic: string) => void
  onBook: () => void
  onCancel: () => void
}

/** One 企业接待日 / 早餐会 session: when, where, who receives, seats left, and booking or cancelling. */
export default function SlotCard(props: Props) {
  const { slot, canBook, open, topic, topicMessage, busy, notice } = props
  const left = seatsLeft(slot)
  return (
    <View id={`slot-${slot._id}`} className='svc-slot'>
      <View className='svc-slot__head'>
        <Text className='svc-slot__title'>{slot.title}</Text>
        {slot.mine ? <Text className='svc-tag svc-tag--mine'>已预约</Text> : left === 0 ? <Text className='svc-tag svc-tag--off'>名额已满</Text> : null}
      </View>
      <Text className='svc-slot__line'>时间：{slotTimeLabel(slot.startsAt, slot.endsAt)}</Text>
      <Text className='svc-slot__line'>地点：{slot.place}</Text>
      <Text className='svc-slot__line'>接待：{slot.host}</Text>
      <Text className='svc-slot__seats'>
        剩余 {left} 席 / 共 {slot.capacity} 席
      </Text>
      {slot.mine && slot.myTopic && <Text className='svc-slot__topic'>沟通议题：{slot.myTopic}</Text>}
      {notice && (
        <View className={`svc-slot__notice svc-slot__notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <Text>{notice.text}</Text>
        </View>
      )}
      {open ? (
        <View className='svc-slot__form'>
          <TextArea
            id={`topic-${slot._id}`}
            autoHeight
            label='想沟通的问题'
            value={topic}
            placeholder='如融资难、用地、审批等，简要说明便于提前准备（至少4个字）'
            maxlength={200}
            message={topicMessage}
            onInput={props.onTopic}
          />
          <View className='svc-slot__buttons'>
            <AtButton size='small' onClick={props.onClose}>
              取消
            </AtButton>
            <View id={`book-confirm-${slot._id}`}>
              <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={props.onBook}>
                确认预约
              </AtButton>
            </View>
          </View>
        </View>
      ) : (
        <View className='svc-slot__buttons'>
          {slot.mine ? (
            <View id={`cancel-${slot._id}`}>
              <AtButton size='small' loading={busy} disabled={busy} onClick={props.onCancel}>
                取消预约
              </AtButton>
            </View>
          ) : (
            canBook &&
            left > 0 && (
              <View id={`book-${slot._id}`}>
                <AtButton size='small' type='primary' onClick={props.onOpen}>
                  预约
                </AtButton>
              </View>
            )
          )}
        </View>
      )}
    </View>
  )
}
