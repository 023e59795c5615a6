import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { CaseSummary, CaseType, MyCaseFilter } from '../../../../types'
import { call } from '../../../services'
import CaseRow from '../../../components/CaseRow'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { caseDetailUrl, ROUTES } from '../../../constants/routes'
import { useNow } from '../../../hooks/useNow'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import BindGate from '../components/BindGate'
import CaseFilters from './CaseFilters'
import EmptyCases from './EmptyCases'
import '../case.scss'

const keyOf = (c: CaseSummary) => c._id
const open = (c: CaseSummary) => openPage(caseDetailUrl(c._id))
const isFilter = (v: unknown): v is MyCaseFilter => v === 'all' || v === 'active' || v === 'toRate' || v === 'done'

/** 我的办件: the enterprise's cases by status and type, each with its live deadline. (?filter=toRate from 评价) */
export default function MyCasesPage() {
  const { params } = useRouter()
  const [filter, setFilter] = useState<MyCaseFilter>(() => (isFilter(params.filter) ? params.filter : 'all'))
  const [type, setType] = useState<CaseType | null>(null)
  const fetchPage = useCallback(
    (page: number, pageSize: number, cursor?: string) => call('case.mine', { ...(type ? { filter, type } : { filter }), page, pageSize, ...cursorField(cursor) }),
    [filter, type]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  // one clock for every countdown in the list
  const now = useNow(30000)

  return (
    <View className='page case-list'>
      <CaseFilters filter={filter} type={type} onFilter={setFilter} onType={setType} />
      <PagedListView
        list={list}
        renderItem={(c) => <CaseRow key={c._id} item={c} onOpen={open} now={now} />}
        empty={<EmptyCases filter={filter} />}
        renderError={(e) => (e.code === 'NOT_BOUND' || e.code === 'MEMBERSHIP_PENDING' ? <BindGate staff={false} doing='查看办件' pending={e.code === 'MEMBERSHIP_PENDING'} /> : null)}
      />
      <Text id='open-rectified' className='case-link' onClick={() => openPage(ROUTES.rectifiedBoard)}>
        差评整改公示 ›
      </Text>
    </View>
  )
}
