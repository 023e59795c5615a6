import { Input, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { PolicyDetail } from '../../../../types'
import { call } from '../../../services'
import { useRemote } from '../../../hooks/useRemote'
import { toUiError } from '../../../utils/errors'

interface Props {
  value: string[]
  onChange: (ids: string[]) => void
}

const MAX = 20

/** The published policies this service applies for: search by title or 文号, tap to add, ✕ to remove. */
export default function PolicyIdsPicker({ value, onChange }: Props) {
  const [titles, setTitles] = useState<Record<string, string>>({})
  const [q, setQ] = useState('')
  const [results, setResults] = useState<PolicyDetail[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  // titles of the policies linked before this visit
  const initial = value.join(',')
  const loadTitles = useCallback(async () => {
    const ids = initial ? initial.split(',') : []
    if (ids.length === 0) return {}
    const found = await call('policy.getMany', { ids }).catch(() => [])
    return Object.fromEntries(found.map((p) => [p._id, p.title]))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const known = useRemote(loadTitles)
  const titleOf = (id: string) => titles[id] ?? known.data?.[id] ?? `政策 ${id}`

  const search = async () => {
    setError(null)
    try {
      const page = await call('policy.manageList', { editStatus: 'published', q: q.trim(), page: 1, pageSize: 10 })
      setResults(page.items)
      setTitles((t) => ({ ...t, ...Object.fromEntries(page.items.map((p) => [p._id, p.title])) }))
    } catch (e) {
      setError(toUiError(e).message)
    }
  }

  return (
    <View className='mg-picker-list'>
      {value.map((id) => (
        <View key={id} className='mg-picker-list__chosen'>
          <Text className='mg-picker-list__title'>{titleOf(id)}</Text>
          <Text className='mg-link mg-link--danger' onClick={() => onChange(value.filter((x) => x !== id))}>
            ✕
          </Text>
        </View>
      ))}
      {value.length < MAX && (
        <View className='mg-search mg-search--inline'>
          <Input id='linked-policy-search' className='mg-search__input' placeholder='搜索已发布政策的标题或文号' value={q} maxlength={40} onInput={(e) => setQ(e.detail.value)} onConfirm={() => void search()} />
          <Text id='linked-policy-search-go' className='mg-search__go' onClick={() => void search()}>
            搜索
          </Text>
        </View>
      )}
      {error && <Text className='mg-message'>{error}</Text>}
      {results?.length === 0 && <Text className='mg-help'>没有找到已发布的相关政策</Text>}
      {results
        ?.filter((p) => !value.includes(p._id))
        .map((p) => (
          <Text key={p._id} id={`linked-policy-add-${p._id}`} className='mg-picker-list__result' onClick={() => value.length < MAX && onChange([...value, p._id])}>
            ＋ {p.title}
          </Text>
        ))}
    </View>
  )
}
