import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { PolicyCategory } from '../../../../types'
import EmptyState from '../../../components/EmptyState'

/** the categories most enterprises ask about, offered when nothing matched */
export const POPULAR_CATEGORIES: PolicyCategory[] = ['财税', '金融', '人才', '科技创新', '就业社保', '市场主体培育']

interface Props {
  query: string
  hasFilters: boolean
  includeExpired: boolean
  onCategory: (category: PolicyCategory) => void
  onClearFilters: () => void
  onIncludeExpired: () => void
}

/** No results: says so, and offers ways on — a popular category, 清除筛选, or the expired policies too. */
export default function EmptyResults({ query, hasFilters, includeExpired, onCategory, onClearFilters, onIncludeExpired }: Props) {
  return (
    <View className='policy-empty' id='policy-empty'>
      <EmptyState
        text={query ? `没有找到与“${query}”相关的政策` : '没有符合筛选条件的政策'}
        hint={query ? '试试更短或更常用的关键词，也可以按类别浏览' : '可以放宽筛选条件，或按类别浏览'}
      />
      <Text className='policy-empty__label'>热门类别</Text>
      <View className='policy-empty__chips'>
        {POPULAR_CATEGORIES.map((c) => (
          <Text key={c} id={`policy-suggest-${c}`} className='policy-empty__chip' onClick={() => onCategory(c)}>
            {c}
          </Text>
        ))}
      </View>
      <View className='policy-empty__actions'>
        {hasFilters && (
          <View id='policy-clear-filters' className='policy-empty__action'>
            <AtButton size='small' type='secondary' onClick={onClearFilters}>
              清除筛选
            </AtButton>
          </View>
        )}
        {!includeExpired && (
          <View id='policy-include-expired' className='policy-empty__action'>
            <AtButton size='small' type='secondary' onClick={onIncludeExpired}>
              包含已失效政策
            </AtButton>
          </View>
        )}
      </View>
    </View>
  )
}
