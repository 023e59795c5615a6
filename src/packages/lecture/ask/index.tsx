import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { ROUTES } from '../../../constants/routes'
import { GO_VERIFY, isPendingMember } from '../../../utils/membership'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import { actsForEnterprise, isStaff } from '../roles'
import { useMe } from '../useMe'
import AskForm from './AskForm'
import '../lecture.scss'

/** 向讲师提问 (?id=): the question becomes a consultation case of the caller's enterprise, linked to the lecture. */
export default function LectureAskPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('lecture.get', { id }), [id])
  const lecture = useRemote(load)
  const me = useMe()

  let body
  if (!me.data) body = <RemotePending remote={me} />
  else if (!actsForEnterprise(me.data)) {
    body = isStaff(me.data) ? (
      <EmptyState text='向讲师提问由企业用户提交' hint='提问会作为企业的咨询办件交办给企业管家' />
    ) : (
      <View className='lec-gate'>
        <Text>{isPendingMember(me.data) ? '企业认证审核中。提问会作为您企业的咨询办件限时办理，认证通过后即可提问。' : '提问会作为您企业的咨询办件限时办理，请先完成企业认证。'}</Text>
        <Text id='ask-go-bind' className='lec-link' onClick={() => openPage(ROUTES.bind)}>
          {isPendingMember(me.data) ? '查看认证进度' : GO_VERIFY}
        </Text>
      </View>
    )
  } else if (!lecture.data) body = <RemotePending remote={lecture} />
  else body = <AskForm lecture={lecture.data} />
  return <View className='page lec-ask'>{body}</View>
}
