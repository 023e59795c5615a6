import { Text, View } from '@tarojs/components'
import './index.scss'

export interface TabItem<K extends string> {
  key: K
  label: string
}

interface Props<K extends string> {
  tabs: ReadonlyArray<TabItem<K>>
  active: K
  onSelect: (key: K) => void
  /** each tab's id is `${idPrefix}-${key}` (tests and e2e find tabs by it) */
  idPrefix: string
  /** a count after a tab's label; a missing one is simply not shown */
  counts?: Partial<Record<K, number>>
}

/** The sticky row of tabs at the top of a list page, each optionally with its count. */
export default function TabStrip<K extends string>({ tabs, active, onSelect, idPrefix, counts }: Props<K>) {
  return (
    <View className='tab-strip'>
      {tabs.map((t) => {
        const count = counts?.[t.key]
        return (
          <View key={t.key} id={`${idPrefix}-${t.key}`} className={`tab-strip__tab${t.key === active ? ' tab-strip__tab--on' : ''}`} onClick={() => onSelect(t.key)}>
            <Text className='tab-strip__label'>{t.label}</Text>
            {count !== undefined && <Text className='tab-strip__count'>{count > 999 ? '999+' : count}</Text>}
          </View>
        )
      })}
    </View>
  )
}
