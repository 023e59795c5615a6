import { Text, View } from '@tarojs/components'

/** One labelled fact of a membership (企业, 申请身份, 提交时间 …) in the .ms-status card's style. */
export default function StatusRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='ms-status__row'>
      <Text className='ms-status__label'>{label}</Text>
      <Text className='ms-status__value'>{value}</Text>
    </View>
  )
}
