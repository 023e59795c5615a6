import { Text, View } from '@tarojs/components'
import type { ServiceDetail } from '../../../../types'
import { MODE_HINTS } from '../modes'

/** The facts an enterprise weighs before applying: who, how fast, how much, and how it can be done. */
export default function ServiceFacts({ service }: { service: ServiceDetail }) {
  return (
    <View className='svc-facts'>
      <Fact label='办理部门' value={service.department} />
      <Fact label='承诺时限' value={`${service.promisedDays} 个工作日`} />
      <Fact label='收费标准' value={service.fee} />
      <View className='svc-facts__row'>
        <Text className='svc-facts__label'>办理方式</Text>
        <View className='svc-facts__modes'>
          {service.modes.map((m) => (
            <View key={m} className='svc-facts__mode'>
              <Text className='svc-tag'>{m}</Text>
              <Text className='svc-facts__hint'>{MODE_HINTS[m]}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='svc-facts__row'>
      <Text className='svc-facts__label'>{label}</Text>
      <Text className='svc-facts__value'>{value}</Text>
    </View>
  )
}
