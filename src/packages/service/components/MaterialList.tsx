import { Text, View } from '@tarojs/components'
import type { ServiceMaterial } from '../../../../types'

/** 一次性告知: every material to bring, numbered, the required ones marked. */
export default function MaterialList({ materials }: { materials: ServiceMaterial[] }) {
  if (materials.length === 0) return <Text className='svc-materials__none'>无需提交材料</Text>
  return (
    <View className='svc-materials'>
      {materials.map((m, i) => (
        <View key={m.key} id={`material-item-${m.key}`} className='svc-materials__item'>
          <Text className='svc-materials__no'>{i + 1}</Text>
          <View className='svc-materials__body'>
            <View className='svc-materials__head'>
              <Text className='svc-materials__name'>{m.name}</Text>
              <Text className={`svc-tag${m.required ? ' svc-tag--required' : ' svc-tag--optional'}`}>{m.required ? '必交' : '选交'}</Text>
            </View>
            {m.note && <Text className='svc-materials__note'>{m.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
