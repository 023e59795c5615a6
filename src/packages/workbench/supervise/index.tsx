import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { CaseSummary, CaseType } from '../../../../types'
import { call } from '../../../services'
import { useNow } from '../../../hooks/useNow'
import { usePagedList } from '../../../hooks/usePagedList'
import CaseList from '../components/CaseList'
import FilterTabs, { type FilterTab } from '../components/FilterTabs'
import RoleGate from '../components/RoleGate'
import TypeChips from '../components/TypeChips'
import { useListPageEvents } from '../hooks/useListPageEvents'
import { useTabCounts } from '../hooks/useTabCounts'
import CalendarWarning from './components/CalendarWarning'
import '../workbench.scss'

type SuperviseView = 'overdue' | 'open' | 'unassigned' | 'review' | 'all'
const VIEWS: ReadonlyArray<FilterTab<SuperviseView>> = [
  { key: 'overdue', label: '超期' },
  { key: 'open', label: '在办' },
  { key: 'unassigned', label: '待分派' },
  { key: 'review', label: '差评复核' },
  { key: 'all', label: '全部' }
]
const VIEW_KEYS = VIEWS.map((v) => v.key)
const EMPTY: Record<SuperviseView, [string, string?]> = {
  overdue: ['没有超期的办件', '各办件都在期限内'],
  open: ['没有在办的办件'],
  unassigned: ['没有待分派的办件'],
  review: ['没有待复核的差评'],
  all: ['暂无办件']
}
const keyOf = (c: CaseSummary) => c._id

/**
 * 督办台 (managers and the city admin): overdue, open, unassigned and 差评 cases of their
 * scope. A case opens on its detail page, where 交办/改派, 督办 and 复核 are offered.
 */
export default function SupervisePage() {
  return (
    <RoleGate roles={['manager', 'admin']} deniedText='督办台仅供园区管理员和市级管理员使用' className='wb-supervise'>
      {() => <Supervise />}
    </RoleGate>
  )
}

function Supervise() {
  const [view, setView] = useState<SuperviseView>('overdue')
  const [type, setType] = useState<CaseType | null>(null)
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('case.supervise', { view, ...(type ? { type } : {}), page, pageSize }),
    [view, type]
  )
  const countOf = useCallback(
    (v: SuperviseView) => call('case.supervise', { view: v, ...(type ? { type } : {}), page: 1, pageSize: 1 }).then((p) => p.total),
    [type]
  )
  const list = usePagedList(fetchPage, keyOf)
  const tabCounts = useTabCounts(VIEW_KEYS, countOf)
  useListPageEvents(list, tabCounts.refresh)
  const now = useNow(30000)
  const counts = list.loading || list.error ? tabCounts.counts : { ...tabCounts.counts, [view]: list.total }
  const [emptyText, emptyHint] = EMPTY[view]

  return (
    <View>
      <CalendarWarning />
      <FilterTabs tabs={VIEWS} active={view} counts={counts} onSelect={setView} idPrefix='supervise-view' />
      <TypeChips value={type} onChange={setType} />
      <CaseList list={list} now={now} emptyText={emptyText} emptyHint={emptyHint} />
    </View>
  )
}
