import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import { CASE_TYPE_LABELS } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import BindGate, { canActAsEnterprise, isStaff } from '../components/BindGate'
import SubmitForm, { type SubmitType } from './SubmitForm'
import '../case.scss'

const NOTE: Record<SubmitType, string> = {
  consult: '您的咨询将交办给您企业的企业管家，按工作日限时响应和办结，办理进度随时可查。',
  complaint: '您的投诉由园区管理人员受理并限时办结；逾期未办结的将挂号督办。'
}

const individualNote = (pending: boolean) =>
  `${pending ? '您的企业认证正在审核中，' : '您尚未完成企业认证，'}本次咨询将以个人身份提交，由工作人员按工作日限时答复，进度可在“我的办件”查看。以企业名义咨询、投诉和申请服务需先通过企业认证。`

/** 咨询 or 投诉 (?type=consult|complaint) for an approved member; a guest may consult as an individual. */
export default function CaseSubmitPage() {
  const { params } = useRouter()
  const type: SubmitType = params.type === 'complaint' ? 'complaint' : 'consult'
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `我要${CASE_TYPE_LABELS[type]}` }).catch(() => undefined)
  }, [type])

  if (!me.data) {
    return (
      <View className='page'>
        <RemotePending remote={me} />
      </View>
    )
  }
  // someone not (yet) approved for an enterprise may still ask as an individual
  const individual = me.data.account.role === 'guest' && type === 'consult'
  if (!canActAsEnterprise(me.data) && !individual) {
    return (
      <View className='page'>
        <BindGate staff={isStaff(me.data)} doing={`提交${CASE_TYPE_LABELS[type]}`} pending={me.data.membership?.status === 'pending'} />
      </View>
    )
  }
  return (
    <View className='page'>
      <Text className='page-note' id='case-submit-note'>
        {individual ? individualNote(me.data.membership?.status === 'pending') : NOTE[type]}
      </Text>
      <SubmitForm key={type} type={type} />
    </View>
  )
}
