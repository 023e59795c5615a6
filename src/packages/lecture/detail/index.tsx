import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback } from 'react'
import type { LectureDetail, Me } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { lectureAskUrl } from '../../../constants/routes'
import { useRemote, type Remote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import { openPage } from '../../../utils/nav'
import NoticeBar from '../components/NoticeBar'
import { activeSignup } from '../labels'
import { actsForEnterprise } from '../roles'
import { useMe } from '../useMe'
import CheckinPanel from './CheckinPanel'
import LectureInfo from './LectureInfo'
import OrganiserPanel from './OrganiserPanel'
import RatePanel from './RatePanel'
import ReplayPanel from './ReplayPanel'
import SignupPanel from './SignupPanel'
import { useLectureActions } from './useLectureActions'
import '../lecture.scss'

/** One lecture (?id=): what, who, when, where, seats; sign-up, check-in, replay, rating and 向讲师提问. */
export default function LectureDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('lecture.get', { id }), [id])
  const remote = useRemote(load)
  const me = useMe()
  usePullDownRefresh(() => {
    void remote.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // back from the editor, or a wait-list place that moved meanwhile
  useShowRefresh(() => void remote.reload())

  const lecture = remote.data
  if (!lecture) {
    return (
      <View className='page lec-detail'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  return (
    <View className='page lec-detail'>
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void remote.reload()} />}
      <LectureInfo lecture={lecture} />
      {lecture.canManage && <OrganiserPanel lecture={lecture} />}
      {me.data && <AttendeePanels lecture={lecture} me={me.data} remote={remote} />}
      <Card title='讲座介绍'>
        <View className='lec-intro'>
          {lecture.intro.map((p, i) => (
            <Text key={i} className='lec-intro__para'>
              {p}
            </Text>
          ))}
        </View>
      </Card>
      {lecture.phase === 'ended' && <ReplayPanel lecture={lecture} />}
      {me.data && actsForEnterprise(me.data) && (
        <View className='page-actions'>
          <View id='lecture-ask'>
            <AtButton type='secondary' onClick={() => openPage(lectureAskUrl(lecture._id))}>
              向讲师提问
            </AtButton>
          </View>
          <Text className='page-note lec-detail__ask-note'>问题作为咨询办件转给您的企业管家，限时答复，可在“我的办件”中查看进度。</Text>
        </View>
      )}
    </View>
  )
}

interface PanelsProps {
  lecture: LectureDetail
  me: Me
  remote: Remote<LectureDetail>
}

/** what the caller can do now: sign up or cancel, check in during the window, rate afterwards */
function AttendeePanels({ lecture, me, remote }: PanelsProps) {
  const actions = useLectureActions(remote)
  const mine = activeSignup(lecture.mySignup)
  const canCheckin = actsForEnterprise(me) && mine?.state === 'confirmed' && !mine.checkedIn && lecture.checkinOpen
  const canRate = actsForEnterprise(me) && mine?.state === 'confirmed' && lecture.phase === 'ended'
  return (
    <View>
      {actions.notice && <NoticeBar id='lecture-notice' tone={actions.notice.tone} text={actions.notice.text} />}
      <SignupPanel lecture={lecture} me={me} busy={actions.seatBusy} onSignup={() => void actions.signup(lecture._id)} onCancel={() => void actions.cancel(lecture)} />
      {canCheckin && (
        <Card title='签到'>
          <CheckinPanel lectureId={lecture._id} busy={actions.checkinBusy} onCheckin={(code) => actions.checkin(lecture._id, code)} />
        </Card>
      )}
      {canRate && (
        <Card title='评价讲座'>
          <RatePanel mine={lecture.myRating} busy={actions.rateBusy} onRate={(score, comment) => actions.rate(lecture._id, score, comment)} />
        </Card>
      )}
    </View>
  )
}
