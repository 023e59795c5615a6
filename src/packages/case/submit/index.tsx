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

/** 咨询 or 投诉 (?type=consult|complaint), for an entrepreneur of a bound enterprise. */
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
  if (!canActAsEnterprise(me.data)) {
    return (
      <View className='page'>
        <BindGate staff={isStaff(me.data)} doing={`提交${CASE_TYPE_LABELS[type]}`} pending={me.data.membership?.status === 'pending'} />
      </View>
    )
  }
  return (
    <View className='page'>
      <Text className='page-note'>{NOTE[type]}</Text>
      <SubmitForm key={type} type={type} />
    </View>
  )
}
