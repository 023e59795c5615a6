import { Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType, type MyCaseFilter } from '../../../../types'

export const FILTER_LABELS: Record<MyCaseFilter, string> = { all: '全部', active: '办理中', toRate: '待评价', done: '已完结' }
const FILTERS: MyCaseFilter[] = ['all', 'active', 'toRate', 'done']

interface Props {
  filter: MyCaseFilter
  type: CaseType | null
  onFilter: (filter: MyCaseFilter) => void
  onType: (type: CaseType | null) => void
}

/** 我的办件 filters: the status tabs, and the case type underneath. */
export default function CaseFilters({ filter, type, onFilter, onType }: Props) {
  return (
    <View>
      <View className='case-tabs'>
        {FILTERS.map((f) => (
          <Text key={f} id={`filter-${f}`} className={`case-tabs__tab${f === filter ? ' case-tabs__tab--on' : ''}`} onClick={() => onFilter(f)}>
            {FILTER_LABELS[f]}
          </Text>
        ))}
      </View>
      <View className='case-types'>
        <Text id='type-all' className={`case-types__type${type === null ? ' case-types__type--on' : ''}`} onClick={() => onType(null)}>
          全部类型
        </Text>
        {CASE_TYPES.map((t) => (
          <Text key={t} id={`type-${t}`} className={`case-types__type${t === type ? ' case-types__type--on' : ''}`} onClick={() => onType(t)}>
            {CASE_TYPE_LABELS[t]}
          </Text>
        ))}
      </View>
    </View>
  )
}
