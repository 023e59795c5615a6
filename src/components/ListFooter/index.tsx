import { View } from '@tarojs/components'
import AtLoadMore from 'taro-ui/lib/components/load-more'
import type { UiError } from '../../utils/errors'
import ErrorState from '../ErrorState'
import './index.scss'

interface Props {
  hasMore: boolean
  loadingMore: boolean
  moreError: UiError | null
  onLoadMore: () => void
}

/**
 * The end of a paged list: a 加载更多 button (pages also load on reaching the bottom),
 * a spinner while loading, the error with 重试, or 没有更多了.
 */
export default function ListFooter({ hasMore, loadingMore, moreError, onLoadMore }: Props) {
  if (moreError) {
    return <ErrorState compact error={moreError} onRetry={onLoadMore} />
  }
  const status = loadingMore ? 'loading' : hasMore ? 'more' : 'noMore'
  return (
    <View className='list-footer'>
      <AtLoadMore
        status={status}
        moreText='加载更多'
        loadingText='加载中…'
        noMoreText='没有更多了'
        onClick={onLoadMore}
      />
    </View>
  )
}
