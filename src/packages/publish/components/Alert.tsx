import { Text, View } from '@tarojs/components'

/** A failure the user must read, next to the button that caused it. */
export default function Alert({ text }: { text: string | null }) {
  if (!text) return null
  return (
    <View className='pb-alert' role='alert'>
      <Text>{text}</Text>
    </View>
  )
}
