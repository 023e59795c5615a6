import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { PagedList } from '../../../hooks/usePagedList'
import { useShowRefresh } from '../../../hooks/useShowRefresh'

/**
 * A work list's page events: pull down and coming back from a case (which may have been
 * handled there) reload it and its counts; reaching the bottom loads the next page.
 */
export function useListPageEvents<T>(list: PagedList<T>, refreshCounts: () => void): void {
  usePullDownRefresh(() => {
    refreshCounts()
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })
  useShowRefresh(() => {
    refreshCounts()
    void list.reload()
  })
}
