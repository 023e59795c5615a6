import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { caseDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import ChangeForm from './ChangeForm'
import '../steward.scss'

/** 申请更换管家: for a bound enterprise with a steward and no request already open. */
export default function StewardChangePage() {
  const load = useCallback(() => call('steward.mine', {}), [])
  const mine = useRemote(load)

  if (!mine.data) {
    return (
      <View className='page st-change'>
        <RemotePending remote={mine} />
      </View>
    )
  }
  const { steward, changeRequest } = mine.data
  if (!steward) {
    return (
      <View className='page st-change'>
        <EmptyState text='贵企业暂未分配企业管家' hint='有问题可先通过“咨询”反映，园区会安排专人受理。' />
      </View>
    )
  }
  if (changeRequest) {
    return (
      <View className='page st-change'>
        <Card title='更换申请办理中'>
          <Text className='st-line'>您已申请更换企业管家（办件编号 {changeRequest.number}），园区管理员正在处理，处理结果会通知您。</Text>
          <Text id='change-open-case' className='st-link' onClick={() => openPage(caseDetailUrl(changeRequest.caseId))}>
            查看办理进度 ›
          </Text>
        </Card>
      </View>
    )
  }
  return (
    <View className='page st-change'>
      <Text className='page-note'>申请将作为投诉交园区管理员办理，您当前的管家看不到这份申请；园区核实后会为企业重新安排管家，并告知您结果。</Text>
      <ChangeForm stewardName={steward.name} />
    </View>
  )
}
