import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  text: string
  hint?: string
}

/** Nothing to show yet: says so, with an optional next step. */
export default function EmptyState({ text, hint }: Props) {
  return (
    <View className='empty-state'>
      <Text className='empty-state__text'>{text}</Text>
      {hint && <Text className='empty-state__hint'>{hint}</Text>}
    </View>
  )
}
