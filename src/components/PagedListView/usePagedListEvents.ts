import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { PagedList } from '../../hooks/usePagedList'
import { useShowRefresh } from '../../hooks/useShowRefresh'

interface Options {
  /** also reload when the page shows again (its items may have changed on the page opened from it) */
  reloadOnShow?: boolean
  /** refresh whatever else the page shows with the list (e.g. tab counts) on the same occasions */
  onRefresh?: () => void
}

/**
 * A list page's events: pull-down reloads (the page needs enablePullDownRefresh),
 * reaching the bottom loads the next page.
 */
export function usePagedListEvents<T>(list: PagedList<T>, { reloadOnShow = false, onRefresh }: Options = {}): void {
  usePullDownRefresh(() => {
    onRefresh?.()
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })
  useShowRefresh(() => {
    if (!reloadOnShow) return
    onRefresh?.()
    void list.reload()
  })
}
