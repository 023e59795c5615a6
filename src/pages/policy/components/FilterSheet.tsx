import { ScrollView, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useState } from 'react'
import { BENEFIT_TYPES, ENTERPRISE_SCALES, INDUSTRIES, POLICY_CATEGORIES, POLICY_LEVELS } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import ErrorState from '../../../components/ErrorState'
import { useRemote } from '../../../hooks/useRemote'
import { NO_FILTERS, toggle, type PolicyFilters } from '../filters'

interface Props {
  value: PolicyFilters
  onApply: (filters: PolicyFilters) => void
  onClose: () => void
}

type ListKey = 'categories' | 'levels' | 'industries' | 'scales' | 'benefitTypes'

const LISTS: Array<{ key: ListKey; id: string; title: string; options: readonly string[] }> = [
  { key: 'categories', id: 'filter-category', title: '政策类别', options: POLICY_CATEGORIES },
  { key: 'levels', id: 'filter-level', title: '政策层级', options: POLICY_LEVELS },
  { key: 'industries', id: 'filter-industry', title: '适用行业', options: INDUSTRIES },
  { key: 'scales', id: 'filter-scale', title: '企业规模', options: ENTERPRISE_SCALES },
  { key: 'benefitTypes', id: 'filter-benefit', title: '扶持方式', options: BENEFIT_TYPES }
]

const FLAGS = [
  { key: 'exemptOnly', label: '仅看免申即享' },
  { key: 'includeExpired', label: '包含已失效政策' }
] as const

/** 筛选: every dimension of the policy library; choices apply on 确定, the mask discards them. */
export default function FilterSheet({ value, onApply, onClose }: Props) {
  const [draft, setDraft] = useState<PolicyFilters>(value)
  const loadParks = useCallback(() => call('park.list', {}), [])
  const parks = useRemote(loadParks)

  const toggleIn = (key: ListKey, option: string) => setDraft((d) => ({ ...d, [key]: toggle(d[key] as string[], option) }))
  const flags = FLAGS.filter((f) => draft[f.key]).map((f) => f.key as string)

  return (
    <View className='filter-sheet' id='policy-filter-sheet'>
      <View className='filter-sheet__mask' onClick={onClose} />
      <View className='filter-sheet__panel'>
        <Text className='filter-sheet__heading'>筛选政策</Text>
        <ScrollView scrollY className='filter-sheet__body'>
          {LISTS.map((l) => (
            <View key={l.key} className='filter-sheet__section'>
              <Text className='filter-sheet__title'>{l.title}</Text>
              <ChipGroup id={l.id} options={l.options} selected={draft[l.key] as string[]} onToggle={(o) => toggleIn(l.key, o)} />
            </View>
          ))}
          <View className='filter-sheet__section'>
            <Text className='filter-sheet__title'>园区</Text>
            {parks.data ? (
              <ChipGroup
                id='filter-park'
                options={parks.data.map((p) => ({ key: p._id, label: p.name }))}
                selected={draft.parkIds}
                onToggle={(id) => setDraft((d) => ({ ...d, parkIds: toggle(d.parkIds, id) }))}
              />
            ) : parks.error ? (
              <ErrorState compact error={parks.error} onRetry={() => void parks.reload()} />
            ) : (
              <Text className='filter-sheet__loading'>正在加载园区…</Text>
            )}
          </View>
          <View className='filter-sheet__section'>
            <Text className='filter-sheet__title'>其他</Text>
            <ChipGroup id='filter-flag' options={FLAGS} selected={flags} onToggle={(k) => setDraft((d) => ({ ...d, [k]: !d[k as (typeof FLAGS)[number]['key']] }))} />
          </View>
        </ScrollView>
        <View className='filter-sheet__actions'>
          <View id='filter-reset' className='filter-sheet__action'>
            <AtButton type='secondary' onClick={() => setDraft(NO_FILTERS)}>
              重置
            </AtButton>
          </View>
          <View id='filter-apply' className='filter-sheet__action'>
            <AtButton type='primary' onClick={() => onApply(draft)}>
              确定
            </AtButton>
          </View>
        </View>
      </View>
    </View>
  )
}
