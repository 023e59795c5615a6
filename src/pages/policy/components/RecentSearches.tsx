import { Text, View } from '@tarojs/components'

interface Props {
  items: string[]
  onPick: (query: string) => void
  onClear: () => void
}

/** 最近搜索: tap one to search it again; 清空 forgets them all. */
export default function RecentSearches({ items, onPick, onClear }: Props) {
  if (items.length === 0) return null
  return (
    <View className='policy-recent' id='policy-recent'>
      <View className='policy-recent__head'>
        <Text className='policy-recent__title'>最近搜索</Text>
        <Text id='policy-recent-clear' className='policy-recent__clear' onClick={onClear}>
          清空
        </Text>
      </View>
      <View className='policy-recent__items'>
        {items.map((q, i) => (
          <Text key={q} id={`policy-recent-${i}`} className='policy-recent__item' onClick={() => onPick(q)}>
            {q}
          </Text>
        ))}
      </View>
    </View>
  )
}
