import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { PagedList } from '../../hooks/usePagedList'
import type { UiError } from '../../utils/errors'
import Card from '../Card'
import ErrorState from '../ErrorState'
import ListFooter from '../ListFooter'
import LoadingState from '../LoadingState'
import WindowedRows from '../WindowedRows'

export { usePagedListEvents } from './usePagedListEvents'

interface Props<T> {
  list: PagedList<T>
  /** one row; give it a key */
  renderItem: (item: T) => ReactNode
  /** what a loaded, empty list shows */
  empty: ReactNode
  /** a page that explains some failure better (e.g. an unbound account) answers it here; null keeps the default */
  renderError?: (error: UiError) => ReactNode
  /** rows share one white card; false when each item is a card of its own */
  card?: boolean
  className?: string
  /** mount only the rows near the viewport (the page must scroll the window); false for a list inside its own scroll area */
  windowed?: boolean
}

/**
 * The body of a paged list: the first load, its failure with 重试, the empty state, or
 * the rows with a failed reload above them and the 加载更多 footer below. Long lists stay
 * light: only the rows near the viewport are mounted (WindowedRows).
 */
export default function PagedListView<T>({ list, renderItem, empty, renderError, card = true, className, windowed = true }: Props<T>) {
  const retry = () => void list.reload()
  if (list.items.length === 0) {
    if (list.loading) return <LoadingState />
    if (list.error) return <>{renderError?.(list.error) ?? <ErrorState error={list.error} onRetry={retry} />}</>
    return <>{empty}</>
  }
  const rows = windowed ? <WindowedRows items={list.items} renderItem={renderItem} /> : list.items.map(renderItem)
  return (
    <View className={className}>
      {list.error && <ErrorState compact error={list.error} onRetry={retry} />}
      {card ? <Card>{rows}</Card> : rows}
      <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onLoadMore={() => void list.loadMore()} />
    </View>
  )
}
