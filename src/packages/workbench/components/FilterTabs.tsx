import { Text, View } from '@tarojs/components'

export interface FilterTab<K extends string> {
  key: K
  label: string
}

interface Props<K extends string> {
  tabs: ReadonlyArray<FilterTab<K>>
  active: K
  /** how many cases each tab holds; a missing count is simply not shown */
  counts: Partial<Record<K, number>>
  onSelect: (key: K) => void
  /** prefix of each tab's id, for tests and e2e */
  idPrefix: string
}

/** The sticky row of list views, each with its count. */
export default function FilterTabs<K extends string>({ tabs, active, counts, onSelect, idPrefix }: Props<K>) {
  return (
    <View className='wb-tabs'>
      {tabs.map((t) => {
        const count = counts[t.key]
        return (
          <View
            key={t.key}
            id={`${idPrefix}-${t.key}`}
            className={`wb-tabs__tab${t.key === active ? ' wb-tabs__tab--on' : ''}`}
            onClick={() => onSelect(t.key)}
          >
            <Text className='wb-tabs__label'>{t.label}</Text>
            {count !== undefined && <Text className='wb-tabs__count'>{count > 999 ? '999+' : count}</Text>}
          </View>
        )
      })}
    </View>
  )
}
