import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'

interface Props {
  narrowed: boolean
  onClear: () => void
}

/** An empty list: nothing matches (offer to clear the search and filters), or nothing is posted yet. */
export default function EmptyPosts({ narrowed, onClear }: Props) {
  return (
    <View className='circle-empty'>
      <Text className='circle-empty__text'>{narrowed ? '没有符合条件的供需信息' : '还没有供需信息'}</Text>
      <Text className='circle-empty__hint'>{narrowed ? '换个关键词或行业试试' : '点右下角“发布”，发布第一条供应、需求或合作信息'}</Text>
      {narrowed && (
        <View className='circle-empty__action' id='circle-clear-filters'>
          <AtButton size='small' type='secondary' onClick={onClear}>
            清除搜索和筛选
          </AtButton>
        </View>
      )}
    </View>
  )
}
