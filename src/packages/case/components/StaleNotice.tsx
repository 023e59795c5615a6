import { Text, View } from '@tarojs/components'

/** Above a case when a write lost to someone else's: the page now shows the fresh state. */
export default function StaleNotice({ text }: { text: string }) {
  if (!text) return null
  return (
    <View id='stale-notice' className='case-notice' role='alert'>
      <Text>{text}</Text>
    </View>
  )
}
