import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { LectureDetail } from '../../../../types'
import type { Remote } from '../../../hooks/useRemote'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'

export interface LectureNotice {
  tone: 'ok' | 'error'
  text: string
}

/** what a sign-up answered: a seat, or a place on the wait-list */
export function signupNotice(l: LectureDetail): string {
  if (l.mySignup?.state === 'waitlisted') {
    const place = l.mySignup.position ? `第${l.mySignup.position}位` : ''
    return `名额已满，您已进入候补${place}。有人取消时按顺序递补，递补成功会通知您。`
  }
  return '报名成功，开讲前一天会提醒您，请准时参加。'
}

/**
 * 报名 / 取消报名 / 签到 / 评价 on the lecture page. Every answer replaces the lecture shown
 * (seats and wait-list places change under everyone); a refusal reloads it and says why.
 */
export function useLectureActions(remote: Remote<LectureDetail>) {
  const [notice, setNotice] = useState<LectureNotice | null>(null)
  const signing = useSubmission('lecture.signup')
  const cancelling = useSubmission('lecture.cancel')
  const checking = useSubmission('lecture.checkin')
  const rating = useSubmission('lecture.rate')
  const { setData, reload } = remote

  const refused = (error: UiError | null) => {
    if (!error) return
    setNotice({ tone: 'error', text: error.message })
    void reload()
  }

  const signup = async (id: string) => {
    setNotice(null)
    const result = await signing.submit({ id })
    if (result.ok) {
      setData(result.data)
      setNotice({ tone: 'ok', text: signupNotice(result.data) })
    } else refused(result.error)
  }

  const cancel = async (l: LectureDetail) => {
    const waiting = l.mySignup?.state === 'waitlisted'
    const { confirm } = await Taro.showModal({
      title: waiting ? '取消候补' : '取消报名',
      content: waiting ? `确定退出“${l.title}”的候补吗？` : `确定取消“${l.title}”的报名吗？取消后名额将按顺序递补给候补的企业。`,
      confirmText: waiting ? '取消候补' : '取消报名',
      cancelText: '再想想'
    })
    if (!confirm) return
    setNotice(null)
    const result = await cancelling.submit({ id: l._id })
    if (result.ok) {
      setData(result.data)
      setNotice({ tone: 'ok', text: waiting ? '已退出候补' : '已取消报名，名额已释放' })
    } else refused(result.error)
  }

  /** null when checked in; the refusal otherwise (shown next to the code) */
  const checkin = async (id: string, code: string): Promise<UiError | null> => {
    const result = await checking.submit({ id, code })
    if (result.ok) {
      setData(result.data)
      setNotice({ tone: 'ok', text: '签到成功，欢迎参加！' })
      return null
    }
    return result.error
  }

  const rate = async (id: string, score: number, comment: string): Promise<UiError | null> => {
    const result = await rating.submit({ id, score, comment })
    if (result.ok) {
      setData(result.data)
      setNotice({ tone: 'ok', text: '感谢您的评价' })
      return null
    }
    return result.error
  }

  return {
    notice,
    signup,
    cancel,
    checkin,
    rate,
    seatBusy: signing.submitting || cancelling.submitting,
    checkinBusy: checking.submitting,
    rateBusy: rating.submitting
  }
}
