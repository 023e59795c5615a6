import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { AssignableEnterprise } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import PagedListView from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import { useSearchText } from '../../../hooks/useSearchText'
import SearchBox from '../components/SearchBox'

interface Props {
  parkId: string
  selected: ReadonlyMap<string, AssignableEnterprise>
  onToggle: (e: AssignableEnterprise) => void
  onSelectAll: (list: AssignableEnterprise[]) => void
}

const keyOf = (e: AssignableEnterprise) => e._id
const SCOPES = [
  { key: 'all', label: '全部企业' },
  { key: 'unassigned', label: '未分配管家' }
]

/** Step 1: the park's enterprises, searchable, with their current steward; tap to select. */
export default function EnterprisePicker({ parkId, selected, onToggle, onSelectAll }: Props) {
  const search = useSearchText()
  const [scope, setScope] = useState('all')
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('steward.enterprises', { parkId, q: search.query, unassignedOnly: scope === 'unassigned', page, pageSize }),
    [parkId, search.query, scope]
  )
  const list = usePagedList(fetchPage, keyOf, 20)

  const row = (e: AssignableEnterprise) => {
    const on = selected.has(e._id)
    return (
      <View key={e._id} id={`pick-${e._id}`} className={`st-row${on ? ' st-row--on' : ''}`} aria-checked={on} onClick={() => onToggle(e)}>
        <Text className={`st-row__check${on ? ' st-row__check--on' : ''}`}>{on ? '✓' : ''}</Text>
        <View className='st-row__body'>
          <Text className='st-row__name'>{e.name}</Text>
          <Text className='st-row__meta'>
            {e.industry} · 现管家：{e.stewardName ?? '未分配'}
          </Text>
        </View>
      </View>
    )
  }

  return (
    <View>
      <SearchBox id='enterprise-search' text={search.text} placeholder='搜索企业名称' onType={search.type} onConfirm={() => search.submit()} onClear={() => search.submit('')} />
      <View className='st-filters'>
        <ChipGroup id='enterprise-scope' options={SCOPES} selected={[scope]} onToggle={setScope} />
        {list.items.length > 0 && (
          <Text id='select-page' className='st-link' onClick={() => onSelectAll(list.items)}>
            选择已列出的 {list.items.length} 家
          </Text>
        )}
      </View>
      <PagedListView list={list} renderItem={row} empty={<EmptyState text={scope === 'unassigned' ? '没有未分配管家的企业' : '没有符合条件的企业'} />} />
    </View>
  )
}
