import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { CaseSummary, CaseType, Me } from '../../../../types'
import { call } from '../../../services'
import { useNow } from '../../../hooks/useNow'
import { usePagedList } from '../../../hooks/usePagedList'
import CaseList from '../components/CaseList'
import FilterTabs, { type FilterTab } from '../components/FilterTabs'
import RoleGate from '../components/RoleGate'
import TypeChips from '../components/TypeChips'
import { useListPageEvents } from '../hooks/useListPageEvents'
import { useTabCounts } from '../hooks/useTabCounts'
import StewardRecordCard from './components/StewardRecordCard'
import '../workbench.scss'

type InboxFilter = 'all' | 'overdue' | 'awaitingInfo'
const FILTERS: ReadonlyArray<FilterTab<InboxFilter>> = [
  { key: 'all', label: '全部' },
  { key: 'overdue', label: '已超期' },
  { key: 'awaitingInfo', label: '待企业补充' }
]
const FILTER_KEYS = FILTERS.map((f) => f.key)
const EMPTY: Record<InboxFilter, string> = { all: '暂无待办，辛苦了', overdue: '没有超期的办件', awaitingInfo: '没有等待企业补充材料的办件' }
const keyOf = (c: CaseSummary) => c._id

/** 管家工作台: the cases the caller holds, most urgent first, with live deadlines. */
export default function InboxPage() {
  return (
    <RoleGate roles={['steward', 'manager', 'admin']} deniedText='工作台仅供企业管家和管理人员使用' className='wb-inbox'>
      {(me) => <Inbox me={me} />}
    </RoleGate>
  )
}

function Inbox({ me }: { me: Me }) {
  const [filter, setFilter] = useState<InboxFilter>('all')
  const [type, setType] = useState<CaseType | null>(null)
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('case.inbox', { filter, ...(type ? { type } : {}), page, pageSize }),
    [filter, type]
  )
  const countOf = useCallback(
    (f: InboxFilter) => call('case.inbox', { filter: f, ...(type ? { type } : {}), page: 1, pageSize: 1 }).then((p) => p.total),
    [type]
  )
  const list = usePagedList(fetchPage, keyOf)
  const tabCounts = useTabCounts(FILTER_KEYS, countOf)
  useListPageEvents(list, tabCounts.refresh)
  const now = useNow(30000)
  // the shown list's own total is the freshest count for its tab
  const counts = list.loading || list.error ? tabCounts.counts : { ...tabCounts.counts, [filter]: list.total }

  return (
    <View>
      {me.account.role === 'steward' && <StewardRecordCard stewardId={me.account._id} />}
      <FilterTabs tabs={FILTERS} active={filter} counts={counts} onSelect={setFilter} idPrefix='inbox-filter' />
      <TypeChips value={type} onChange={setType} />
      <CaseList list={list} now={now} emptyText={EMPTY[filter]} />
    </View>
  )
}
