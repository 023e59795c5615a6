import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { StewardCard } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { useSearchText } from '../../../hooks/useSearchText'
import SearchBox from '../components/SearchBox'

interface Props {
  parkId: string
  selectedId: string | null
  onSelect: (steward: StewardCard) => void
}

/** Step 2: a steward of the same park, with how many enterprises each already has. */
export default function StewardPicker({ parkId, selectedId, onSelect }: Props) {
  const search = useSearchText()
  const load = useCallback(() => call('steward.list', { parkId, q: search.query, page: 1, pageSize: 50 }), [parkId, search.query])
  const stewards = useRemote(load)

  return (
    <View>
      <SearchBox id='steward-pick-search' text={search.text} placeholder='搜索管家姓名或擅长领域' onType={search.type} onConfirm={() => search.submit()} onClear={() => search.submit('')} />
      <Card>
        {!stewards.data ? (
          <RemotePending remote={stewards} />
        ) : stewards.data.items.length === 0 ? (
          <EmptyState text='该园区暂无企业管家' hint='可在“发放邀请码”中邀请管家加入' />
        ) : (
          stewards.data.items.map((s) => {
            const on = s._id === selectedId
            return (
              <View key={s._id} id={`steward-pick-${s._id}`} className={`st-row${on ? ' st-row--on' : ''}`} aria-checked={on} onClick={() => onSelect(s)}>
                <Text className={`st-row__check${on ? ' st-row__check--on' : ''}`}>{on ? '✓' : ''}</Text>
                <View className='st-row__body'>
                  <Text className='st-row__name'>{s.name}</Text>
                  <Text className='st-row__meta'>
                    {s.title} · 已服务 {s.enterpriseCount} 家{s.expertise.length > 0 ? ` · 擅长${s.expertise.slice(0, 3).join('、')}` : ''}
                  </Text>
                </View>
              </View>
            )
          })
        )}
      </Card>
    </View>
  )
}
