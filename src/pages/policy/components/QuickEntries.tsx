import { Text, View } from '@tarojs/components'

export type QuickEntryKey = 'recommend' | 'exempt' | 'calendar' | 'favourites' | 'following'

const ENTRIES: Array<{ key: QuickEntryKey; label: string; glyph: string }> = [
  { key: 'recommend', label: '为我推荐', glyph: '荐' },
  { key: 'exempt', label: '免申即享', glyph: '享' },
  { key: 'calendar', label: '申报日历', glyph: '历' },
  { key: 'favourites', label: '我的收藏', glyph: '藏' },
  { key: 'following', label: '关注的类别', glyph: '关' }
]

interface Props {
  /** the 免申即享 entry is a filter: shown as on while it applies */
  exemptOn: boolean
  onOpen: (key: QuickEntryKey) => void
}

/** The row of shortcuts at the top of the 政策 tab. */
export default function QuickEntries({ exemptOn, onOpen }: Props) {
  return (
    <View className='policy-entries'>
      {ENTRIES.map((e) => (
        <View
          key={e.key}
          id={`policy-entry-${e.key}`}
          className={`policy-entries__item${e.key === 'exempt' && exemptOn ? ' policy-entries__item--on' : ''}`}
          onClick={() => onOpen(e.key)}
        >
          <Text className={`policy-entries__glyph policy-entries__glyph--${e.key}`}>{e.glyph}</Text>
          <Text className='policy-entries__label'>{e.label}</Text>
        </View>
      ))}
    </View>
  )
}
