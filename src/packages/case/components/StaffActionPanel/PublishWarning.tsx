import { Text, View } from '@tarojs/components'

/** Said before text that goes onto the public board of rectified 差评. */
export default function PublishWarning() {
  return (
    <View className='publish-warning' role='note'>
      <Text>此内容将匿名公示在“整改公示”栏目。请只写事实和做法，不要写企业名称、人名、电话等可识别信息。</Text>
    </View>
  )
}
