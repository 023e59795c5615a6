import { Input, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { MAX_NOTICE_ENTERPRISES, type EnterpriseOption } from '../../../../types'
import { call } from '../../../services'
import { useRemote } from '../../../hooks/useRemote'

interface Props {
  value: EnterpriseOption[]
  message?: string
  onChange: (next: EnterpriseOption[]) => void
}

/** Named enterprises: search the ones the manager may reach (their park's), tap to add; the chosen ones above. */
export default function EnterprisePicker({ value, message, onChange }: Props) {
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const load = useCallback(() => call('notice.enterprises', { q, page: 1, pageSize: 20 }), [q])
  const results = useRemote(load)
  const chosen = new Set(value.map((e) => e._id))
  const toggle = (e: EnterpriseOption) => onChange(chosen.has(e._id) ? value.filter((x) => x._id !== e._id) : value.length < MAX_NOTICE_ENTERPRISES ? [...value, e] : value)

  return (
    <View id='notice-enterprises' className='pb-enterprises'>
      {value.map((e) => (
        <View key={e._id} className='pb-enterprises__chosen'>
          <Text className='pb-enterprises__name'>{e.name}</Text>
          <Text id={`enterprise-remove-${e._id}`} className='pb-link pb-link--danger' onClick={() => toggle(e)}>
            移除
          </Text>
        </View>
      ))}
      {message && <Text className='pb-message'>{message}</Text>}
      <View className='pb-search'>
        <Input id='enterprise-search' className='pb-search__input' placeholder='搜索企业名称' value={input} maxlength={40} confirmType='search' onInput={(e) => setInput(e.detail.value)} onConfirm={() => setQ(input.trim())} />
        <Text id='enterprise-search-go' className='pb-search__go' onClick={() => setQ(input.trim())}>
          搜索
        </Text>
      </View>
      {results.error && <Text className='pb-message'>{results.error.message}</Text>}
      {results.data?.items.length === 0 && <Text className='pb-help'>没有找到企业</Text>}
      {results.data?.items.map((e) => (
        <View key={e._id} id={`enterprise-option-${e._id}`} className='pb-enterprises__option' onClick={() => toggle(e)}>
          <Text className='pb-enterprises__name'>{e.name}</Text>
          <Text className={chosen.has(e._id) ? 'pb-enterprises__on' : 'pb-enterprises__add'}>{chosen.has(e._id) ? '已选' : '＋ 选择'}</Text>
        </View>
      ))}
    </View>
  )
}
