import { View } from '@tarojs/components'
import { call } from '../../../services'
import CaseTypeChips from '../../../components/CaseTypeChips'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import CaseList from '../components/CaseList'
import RoleGate from '../components/RoleGate'
import { cursorField } from '../../../hooks/usePagedList'
import { useWorkList, type FetchTab } from '../hooks/useWorkList'
import CalendarWarning from './components/CalendarWarning'
import '../workbench.scss'

type SuperviseView = 'overdue' | 'open' | 'unassigned' | 'review' | 'all'
const VIEWS: ReadonlyArray<TabItem<SuperviseView>> = [
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
const fetchView: FetchTab<SuperviseView> = (view, type, page, pageSize, cursor) => call('case.supervise', { view, ...(type ? { type } : {}), page, pageSize, ...cursorField(cursor) })

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
  const work = useWorkList(fetchView, VIEW_KEYS, 'overdue')
  const [emptyText, emptyHint] = EMPTY[work.tab]
  return (
    <View>
      <CalendarWarning />
      <TabStrip tabs={VIEWS} active={work.tab} counts={work.counts} onSelect={work.setTab} idPrefix='supervise-view' />
      <CaseTypeChips value={work.type} onChange={work.setType} />
      <CaseList list={work.list} now={work.now} emptyText={emptyText} emptyHint={emptyHint} />
    </View>
  )
}
