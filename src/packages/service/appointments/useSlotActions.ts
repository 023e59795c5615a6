import Taro from '@tarojs/taro'
import { useState } from 'react'
import { schemas, type AppointmentSlot } from '../../../../types'
import type { PagedList } from '../../../hooks/usePagedList'
import { useSubmission } from '../../../hooks/useSubmission'
import { fieldErrors } from '../../../utils/validate'
import type { SlotNotice } from './SlotCard'

/**
 * Booking and cancelling seats. Every answer, success or refusal (名额已满, 已开始, 已预约),
 * is shown on its slot and the list is loaded again, since seats change under everyone.
 */
export function useSlotActions(list: PagedList<AppointmentSlot>) {
  const [openId, setOpenId] = useState<string | null>(null)
  const [topic, setTopic] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [notices, setNotices] = useState<Record<string, SlotNotice>>({})
  const [busyId, setBusyId] = useState<string | null>(null)
  const booking = useSubmission('appointment.book')
  const cancelling = useSubmission('appointment.cancel')
  const { reload } = list

  const notify = (slotId: string, notice: SlotNotice | null) =>
    setNotices((n) => {
      const next = { ...n }
      if (notice) next[slotId] = notice
      else delete next[slotId]
      return next
    })

  const topicMessage = attempted ? fieldErrors(schemas['appointment.book'], { slotId: openId ?? 'x', topic }).topic : undefined

  const open = (slotId: string) => {
    setOpenId(slotId)
    setAttempted(false)
    notify(slotId, null)
  }
  const close = () => setOpenId(null)

  const book = async (slot: AppointmentSlot) => {
    setAttempted(true)
    if (fieldErrors(schemas['appointment.book'], { slotId: slot._id, topic }).topic) return
    setBusyId(slot._id)
    const result = await booking.submit({ slotId: slot._id, topic })
    setBusyId(null)
    if (result.ok) {
      notify(slot._id, { tone: 'ok', text: '预约成功，请按时参加；如不能参加，请提前取消，把名额留给其他企业' })
      setOpenId(null)
      setTopic('')
      setAttempted(false)
    } else if (result.error) {
      notify(slot._id, { tone: 'error', text: result.error.message })
    }
    void reload()
  }

  const cancel = async (slot: AppointmentSlot) => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `确定取消“${slot.title}”的预约吗？取消后名额将释放给其他企业。`,
      confirmText: '取消预约',
      cancelText: '再想想'
    })
    if (!confirm) return
    setBusyId(slot._id)
    const result = await cancelling.submit({ slotId: slot._id })
    setBusyId(null)
    if (result.ok) notify(slot._id, { tone: 'ok', text: '已取消预约，名额已释放' })
    else if (result.error) notify(slot._id, { tone: 'error', text: result.error.message })
    void reload()
  }

  return { openId, topic, setTopic, topicMessage, notices, busyId, open, close, book, cancel }
}
