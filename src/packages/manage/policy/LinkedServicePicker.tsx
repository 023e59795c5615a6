import { Text } from '@tarojs/components'
import { useCallback } from 'react'
import ChipGroup from '../../../components/ChipGroup'
import { call } from '../../../services'
import { useRemote } from '../../../hooks/useRemote'
import { Group } from './PolicyBasics'
import type { PolicyEditor } from './types'

const NONE = ''

/** The 惠企服务 item the policy's 申报 / 帮代办 buttons open. */
export default function LinkedServicePicker({ editor }: { editor: PolicyEditor }) {
  const { values, set, message } = editor
  const load = useCallback(() => call('service.list', { page: 1, pageSize: 50 }), [])
  const services = useRemote(load)
  const options = [{ key: NONE, label: '不关联' }, ...(services.data?.items ?? []).map((s) => ({ key: s._id, label: s.name }))]
  // a linked service that is paused is not in the catalogue: keep it visible so it is not dropped unnoticed
  if (values.serviceId && !options.some((o) => o.key === values.serviceId)) options.push({ key: values.serviceId, label: `服务 ${values.serviceId}` })
  return (
    <Group label='关联服务（申报 / 帮代办入口）' help='企业在政策详情点“申报”或“帮代办”时，打开这项服务的在线申请' message={message('serviceId')}>
      <ChipGroup id='policy-service' options={options} selected={[values.serviceId]} onToggle={(x) => set('serviceId', x)} />
      {services.error && <Text className='mg-message'>服务列表加载失败：{services.error.message}</Text>}
    </Group>
  )
}
