import { Text, View } from '@tarojs/components'
import type { ServiceDetail } from '../../../../types'
import Card from '../../../components/Card'

interface Props {
  service: ServiceDetail
  /** why the caller may not change it (e.g. a city-level service seen by a park manager) */
  reason: string
}

/** A service the caller may only read: the reason first, then what it says, with no 保存. */
export default function ServiceReadOnly({ service, reason }: Props) {
  return (
    <View className='mg-service-readonly'>
      <Text id='service-read-only' className='mg-scope-note'>
        {reason}。
      </Text>
      <Card title={service.name}>
        <View className='mg-section mg-pad'>
          <Fact label='服务类别' value={service.category} />
          <Fact label='办理部门' value={service.department} />
          <Fact label='承诺时限' value={`${service.promisedDays} 个工作日`} />
          <Fact label='收费标准' value={service.fee} />
          <Fact label='办理方式' value={service.modes.join('、')} />
          <Fact label='状态' value={service.active ? '受理中' : '暂停受理'} />
          <Text className='mg-help'>{service.summary}</Text>
        </View>
      </Card>
      <Card title='一次性告知材料'>
        <View className='mg-section mg-pad'>
          {service.materials.length === 0 && <Text className='mg-help'>无需提交材料</Text>}
          {service.materials.map((m) => (
            <Text key={m.key} className='mg-readonly__item'>
              {m.name}
              {m.required ? '' : '（选交）'}
              {m.note ? `：${m.note}` : ''}
            </Text>
          ))}
        </View>
      </Card>
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='mg-readonly__row'>
      <Text className='mg-readonly__label'>{label}</Text>
      <Text className='mg-readonly__value'>{value}</Text>
    </View>
  )
}
