import { Text, View } from '@tarojs/components'
import type { PolicySort } from '../filters'

interface Props {
  total: number
  loaded: boolean
  /** relevance only means something for a query */
  canSortByRelevance: boolean
  sort: PolicySort
  onSort: (sort: PolicySort) => void
  filterCount: number
  onOpenFilters: () => void
}

const SORTS: Array<[PolicySort, string]> = [
  ['relevance', '相关度'],
  ['date', '最新']
]

/** Above the results: how many, the order, and the 筛选 button with the number of active choices. */
export default function ResultBar({ total, loaded, canSortByRelevance, sort, onSort, filterCount, onOpenFilters }: Props) {
  return (
    <View className='policy-bar'>
      <Text className='policy-bar__total'>{loaded ? `共 ${total} 条` : ''}</Text>
      {canSortByRelevance ? (
        SORTS.map(([key, label]) => (
          <Text key={key} id={`policy-sort-${key}`} className={`policy-bar__sort${sort === key ? ' policy-bar__sort--on' : ''}`} onClick={() => onSort(key)}>
            {label}
          </Text>
        ))
      ) : (
        <Text className='policy-bar__hint'>按发布时间</Text>
      )}
      <Text id='policy-filter-open' className={`policy-bar__filter${filterCount ? ' policy-bar__filter--on' : ''}`} onClick={onOpenFilters}>
        {filterCount ? `筛选(${filterCount})` : '筛选'}
      </Text>
    </View>
  )
}
