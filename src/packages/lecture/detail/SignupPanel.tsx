import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { LectureDetail, Me } from '../../../../types'
import Card from '../../../components/Card'
import { ROUTES } from '../../../constants/routes'
import { GO_VERIFY, isPendingMember } from '../../../utils/membership'
import { openPage } from '../../../utils/nav'
import { activeSignup, isFull } from '../labels'
import { actsForEnterprise, isStaff } from '../roles'

interface Props {
  lecture: LectureDetail
  me: Me
  busy: boolean
  onSignup: () => void
  onCancel: () => void
}

/** 报名 / 候补报名 / 取消报名, and where the caller stands; who cannot sign up is told why. */
export default function SignupPanel({ lecture: l, me, busy, onSignup, onCancel }: Props) {
  if (l.phase === 'ended') return null
  if (!actsForEnterprise(me)) {
    if (isStaff(me)) return <Text className='page-note'>报名由企业用户提交，工作人员账号仅可查看讲座。</Text>
    return (
      <View className='lec-gate'>
        <Text>{isPendingMember(me) ? '企业认证审核中，通过后即可报名参加讲座。' : '认证为企业成员后即可报名参加讲座。'}</Text>
        <Text id='lecture-go-bind' className='lec-link' onClick={() => openPage(ROUTES.bind)}>
          {isPendingMember(me) ? '查看认证进度' : GO_VERIFY}
        </Text>
      </View>
    )
  }

  const mine = activeSignup(l.mySignup)
  const open = l.phase === 'upcoming'
  return (
    <Card title='报名'>
      <View className='lec-panel'>
        {mine?.state === 'confirmed' && (
          <Text className='lec-panel__state'>
            {mine.checkedIn ? '您已报名并完成签到。' : l.checkinOpen ? '您已报名，签到已开放。' : '您已报名。开讲前30分钟开放签到，请到场后扫码或输入现场签到码。'}
          </Text>
        )}
        {mine?.state === 'waitlisted' && (
          <Text className='lec-panel__state'>
            {open ? `您在候补第${mine.position ?? '?'}位。有人取消时按顺序递补，递补成功会通知您。` : '讲座已开始，您的候补未能递补，欢迎关注以后的讲座。'}
          </Text>
        )}
        {!mine && open && isFull(l) && <Text className='lec-panel__state'>名额已满，可以候补报名：有人取消时按顺序递补，并通知您。</Text>}
        {!mine && !open && <Text className='lec-panel__state'>讲座已开始，报名已截止。</Text>}

        {open && !mine && (
          <View id='lecture-signup' className='lec-panel__button'>
            <AtButton type='primary' loading={busy} disabled={busy} onClick={onSignup}>
              {isFull(l) ? '候补报名' : '报名'}
            </AtButton>
          </View>
        )}
        {open && mine && (
          <View id='lecture-cancel' className='lec-panel__button'>
            <AtButton type='secondary' loading={busy} disabled={busy} onClick={onCancel}>
              {mine.state === 'waitlisted' ? '取消候补' : '取消报名'}
            </AtButton>
          </View>
        )}
      </View>
    </Card>
  )
}
