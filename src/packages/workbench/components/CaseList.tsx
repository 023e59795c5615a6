import type { CaseSummary } from '../../../../types'
import CaseRow from '../../../components/CaseRow'
import EmptyState from '../../../components/EmptyState'
import PagedListView from '../../../components/PagedListView'
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
  return (
    <PagedListView
      list={list}
      className='wb-list'
      renderItem={(c) => <CaseRow key={c._id} item={c} onOpen={open} showEnterprise now={now} />}
      empty={<EmptyState text={emptyText} hint={emptyHint} />}
    />
  )
}
