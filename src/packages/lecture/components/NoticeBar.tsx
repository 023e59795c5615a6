import { Text, View } from '@tarojs/components'

/** The answer to the last action, green or red, read out by screen readers. */
export default function NoticeBar({ tone, text, id }: { tone: 'ok' | 'error'; text: string; id?: string }) {
  return (
    <View id={id} className={`lec-notice lec-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Text>{text}</Text>
    </View>
  )
}
