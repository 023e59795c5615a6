import { Text, View } from '@tarojs/components'
import type { StewardCard } from '../../../../types'
import StewardAvatar from '../components/StewardAvatar'

/** The top of a steward's page: photo, name, title, department and park. */
export default function StewardHero({ steward }: { steward: StewardCard }) {
  return (
    <View className='st-hero'>
      <StewardAvatar name={steward.name} photo={steward.photo} large />
      <View className='st-hero__who'>
        <Text className='st-hero__name'>{steward.name}</Text>
        <Text className='st-hero__line'>{steward.title}</Text>
        {steward.department && <Text className='st-hero__line'>{steward.department}</Text>}
        <Text className='st-hero__line'>{steward.parkName || '市级'} · 服务企业 {steward.enterpriseCount} 家</Text>
      </View>
    </View>
  )
}
