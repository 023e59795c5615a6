import { View } from '@tarojs/components'
import ComingSoon from '../../components/ComingSoon'
import { SECTIONS } from '../../constants/sections'

/** 商圈 tab: the business circle is being built; say so, with no placeholder data. */
export default function CirclePage() {
  return (
    <View className='page'>
      <ComingSoon section={SECTIONS.circle} />
    </View>
  )
}
