import { View } from '@tarojs/components'
import type { Me } from '../../../../types'
import { call } from '../../../services'
import CaseTypeChips from '../../../components/CaseTypeChips'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import CaseList from '../components/CaseList'
import RoleGate from '../components/RoleGate'
import { cursorField } from '../../../hooks/usePagedList'
import { useWorkList, type FetchTab } from '../hooks/useWorkList'
import StewardRecordCard from './components/StewardRecordCard'
import '../workbench.scss'

type InboxFilter = 'all' | 'overdue' | 'awaitingInfo'
const FILTERS: ReadonlyArray<TabItem<InboxFilter>> = [
  { key: 'all', label: '全部' },
  { key: 'overdue', label: '已超期' },
  { key: 'awaitingInfo', label: '待企业补充' }
]
const FILTER_KEYS = FILTERS.map((f) => f.key)
const EMPTY: Record<InboxFilter, string> = { all: '暂无待办，辛苦了', overdue: '没有超期的办件', awaitingInfo: '没有等待企业补充材料的办件' }
const fetchInbox: FetchTab<InboxFilter> = (filter, type, page, pageSize, cursor) => call('case.inbox', { filter, ...(type ? { type } : {}), page, pageSize, ...cursorField(cursor) })

/** 管家工作台: the cases the caller holds, most urgent first, with live deadlines. */
export default function InboxPage() {
  return (
    <RoleGate roles={['steward', 'manager', 'admin']} deniedText='工作台仅供企业管家和管理人员使用' className='wb-inbox'>
      {(me) => <Inbox me={me} />}
    </RoleGate>
  )
}

function Inbox({ me }: { me: Me }) {
  const work = useWorkList(fetchInbox, FILTER_KEYS, 'all')
  return (
    <View>
      {me.account.role === 'steward' && <StewardRecordCard stewardId={me.account._id} />}
      <TabStrip tabs={FILTERS} active={work.tab} counts={work.counts} onSelect={work.setTab} idPrefix='inbox-filter' />
      <CaseTypeChips value={work.type} onChange={work.setType} />
      <CaseList list={work.list} now={work.now} emptyText={EMPTY[work.tab]} />
    </View>
  )
}
