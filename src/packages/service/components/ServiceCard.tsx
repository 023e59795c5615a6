import { Text, View } from '@tarojs/components'
import type { ServiceSummary } from '../../../../types'
import { promisedLabel } from '../modes'

interface Props {
  service: ServiceSummary
  onOpen: (service: ServiceSummary) => void
}

/** One service in the catalogue: name, what it is, who handles it, how fast, what it costs, how it can be done. */
export default function ServiceCard({ service, onOpen }: Props) {
  return (
    <View id={`service-${service._id}`} className='svc-card' onClick={() => onOpen(service)}>
      <View className='svc-card__head'>
        <Text className='svc-card__name'>{service.name}</Text>
        {!service.active && <Text className='svc-tag svc-tag--off'>暂停受理</Text>}
      </View>
      <Text className='svc-card__summary'>{service.summary}</Text>
      <Text className='svc-card__meta'>
        {service.department} · {promisedLabel(service.promisedDays)} · {service.fee}
      </Text>
      <View className='svc-card__modes'>
        {service.modes.map((m) => (
          <Text key={m} className='svc-tag'>
            {m}
          </Text>
        ))}
      </View>
    </View>
  )
}
