import { Text, View } from '@tarojs/components'
import type { CaseServiceInfo } from '../../../../types'
import AttachmentList from '../../../components/AttachmentList'

/** 申请事项 of a 服务申请: the service, the mode chosen, and the files given for each listed material. */
export default function ServiceApplication({ service }: { service: CaseServiceInfo }) {
  return (
    <View id='case-service' className='case-service'>
      <View className='case-facts__row'>
        <Text className='case-facts__label'>申请服务</Text>
        <Text id='case-service-name' className='case-facts__value'>
          {service.serviceName}
        </Text>
      </View>
      <View className='case-facts__row'>
        <Text className='case-facts__label'>办理方式</Text>
        <Text id='case-service-mode' className='case-facts__value'>
          {service.mode}
        </Text>
      </View>
      {service.materials.map((m) => (
        <View key={m.key} id={`case-material-${m.key}`} className='case-service__material'>
          <Text className='case-service__material-name'>{m.name}</Text>
          {m.files.length > 0 ? <AttachmentList items={m.files} /> : <Text className='case-service__none'>未上传</Text>}
        </View>
      ))}
    </View>
  )
}
