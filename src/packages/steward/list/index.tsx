import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { STEWARD_DUTIES, type StewardCard, type StewardDuty } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { stewardDetailUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { useRemote } from '../../../hooks/useRemote'
import { useSearchText } from '../../../hooks/useSearchText'
import { openPage } from '../../../utils/nav'
import SearchBox from '../components/SearchBox'
import StewardCardItem from '../components/StewardCardItem'
import '../steward.scss'

const ALL = 'all'
const keyOf = (c: StewardCard) => c._id
const open = (c: StewardCard) => openPage(stewardDetailUrl(c._id))
const DUTY_OPTIONS = [{ key: ALL, label: '全部职责' }, ...STEWARD_DUTIES.map((d) => ({ key: d, label: d }))]

/** 管家团队: every steward by park, duty, name or expertise; a card opens the steward's page. */
export default function StewardListPage() {
  const loadParks = useCallback(() => call('park.list', {}), [])
  const parks = useRemote(loadParks)
  const [parkId, setParkId] = useState<string>(ALL)
  const [duty, setDuty] = useState<string>(ALL)
  const search = useSearchText()
  const q = search.query

  const fetchPage = useCallback(
    (page: number, pageSize: number) =>
      call('steward.list', {
        ...(parkId !== ALL ? { parkId } : {}),
        ...(duty !== ALL ? { duty: duty as StewardDuty } : {}),
        q,
        page,
        pageSize
      }),
    [parkId, duty, q]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  const parkOptions = [{ key: ALL, label: '全部园区' }, ...(parks.data ?? []).map((p) => ({ key: p._id, label: p.name }))]
  const filtered = parkId !== ALL || duty !== ALL || q !== ''

  return (
    <View className='page st-list'>
      <SearchBox id='steward-search' text={search.text} placeholder='搜索管家姓名、擅长领域或单位' onType={search.type} onConfirm={() => search.submit()} onClear={() => search.submit('')} />
      <View className='st-filters'>
        <View className='st-filters__row'>
          <ChipGroup id='steward-park' options={parkOptions} selected={[parkId]} onToggle={setParkId} />
        </View>
        <View className='st-filters__row'>
          <ChipGroup id='steward-duty' options={DUTY_OPTIONS} selected={[duty]} onToggle={setDuty} />
        </View>
      </View>
      {list.items.length > 0 && <Text className='st-total'>{filtered ? `找到 ${list.total} 位企业管家` : `共 ${list.total} 位企业管家，履行信息员、办事员、联络员、销售员、保障员“五员”职责`}</Text>}
      <PagedListView
        list={list}
        card={false}
        renderItem={(c) => <StewardCardItem key={c._id} card={c} onOpen={open} />}
        empty={<EmptyState text={filtered ? '没有符合条件的企业管家' : '暂无企业管家'} hint={filtered ? '换个园区、职责或关键词试试' : undefined} />}
      />
    </View>
  )
}
