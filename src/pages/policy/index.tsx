import { View } from '@tarojs/components'
import ComingSoon from '../../components/ComingSoon'
import { SECTIONS } from '../../constants/sections'

/** 政策 tab: the policy library is being built; say so, with no placeholder data. */
export default function PolicyPage() {
  return (
    <View className='page'>
      <ComingSoon section={SECTIONS.policy} />
    </View>
  )
}
