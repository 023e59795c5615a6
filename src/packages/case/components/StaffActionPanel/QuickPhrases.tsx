import { Text, View } from '@tarojs/components'
import { QUICK_PHRASES } from './quickPhrases'

interface Props {
  onPick: (phrase: string) => void
}

/** Chips that put a common sentence into the reply. */
export default function QuickPhrases({ onPick }: Props) {
  return (
    <View className='quick-phrases'>
      <Text className='quick-phrases__title'>常用语</Text>
      <View className='quick-phrases__list'>
        {QUICK_PHRASES.map((p, i) => (
          <Text key={p} id={`quick-phrase-${i}`} className='quick-phrases__chip' onClick={() => onPick(p)}>
            {p}
          </Text>
        ))}
      </View>
    </View>
  )
}
