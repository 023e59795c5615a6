import { View } from '@tarojs/components'
import type { CaseSummary } from '../../../../types'
import Card from '../../../components/Card'
import CaseRow from '../../../components/CaseRow'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import ListFooter from '../../../components/ListFooter'
import LoadingState from '../../../components/LoadingState'
import { caseDetailUrl } from '../../../constants/routes'
import type { PagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'

interface Props {
  list: PagedList<CaseSummary>
  /** one clock for every countdown in the list */
  now: number
  emptyText: string
  emptyHint?: string
}

const open = (c: CaseSummary) => openPage(caseDetailUrl(c._id))

/** Cases in the order the server gives (most urgent first), with their live countdowns. */
export default function CaseList({ list, now, emptyText, emptyHint }: Props) {
  if (list.items.length === 0) {
    if (list.loading) return <LoadingState />
    if (list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />
    return <EmptyState text={emptyText} hint={emptyHint} />
  }
  return (
    <View className='wb-list'>
      {list.error && <ErrorState compact error={list.error} onRetry={() => void list.reload()} />}
      <Card>
        {list.items.map((c) => (
          <CaseRow key={c._id} item={c} onOpen={open} showEnterprise now={now} />
        ))}
      </Card>
      <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onLoadMore={() => void list.loadMore()} />
    </View>
  )
}
