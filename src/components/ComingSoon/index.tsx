import { Text, View } from '@tarojs/components'
import type { SectionInfo } from '../../constants/sections'
import './index.scss'

interface Props {
  section: SectionInfo
}

/** The one "not yet available" view: says plainly that the function is being built and what it will do. */
export default function ComingSoon({ section }: Props) {
  return (
    <View className='coming-soon'>
      <View className='coming-soon__glyph'>
        <Text>{section.glyph}</Text>
      </View>
      <Text className='coming-soon__title'>{section.title}</Text>
      <Text className='coming-soon__badge'>建设中</Text>
      <Text className='coming-soon__plan'>{section.plan}</Text>
      <Text className='coming-soon__hint'>在此之前，如有问题可联系所在园区或企业管家。</Text>
    </View>
  )
}
