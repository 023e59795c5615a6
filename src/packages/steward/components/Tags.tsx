import { Text, View } from '@tarojs/components'

/** Small blue tags, e.g. the 五员 duties a steward covers. */
export default function Tags({ items, id }: { items: readonly string[]; id?: string }) {
  if (items.length === 0) return null
  return (
    <View className='st-tags' id={id}>
      {items.map((t) => (
        <Text key={t} className='st-tag'>
          {t}
        </Text>
      ))}
    </View>
  )
}
