import { View } from '@tarojs/components'
import type { CaseType, MyCaseFilter } from '../../../../types'
import CaseTypeChips from '../../../components/CaseTypeChips'
import TabStrip, { type TabItem } from '../../../components/TabStrip'

const FILTERS: ReadonlyArray<TabItem<MyCaseFilter>> = [
  { key: 'all', label: '全部' },
  { key: 'active', label: '办理中' },
  { key: 'toRate', label: '待评价' },
  { key: 'done', label: '已完结' }
]

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
      <TabStrip tabs={FILTERS} active={filter} onSelect={onFilter} idPrefix='filter' />
      <CaseTypeChips value={type} onChange={onType} />
    </View>
  )
}
