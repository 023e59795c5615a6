import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import { policyDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'

interface Linked {
  id: string
  /** null when the policy could not be loaded (withdrawn, or a failed request) */
  title: string | null
}

/** The policies this service applies for, by title; each opens the policy. */
export default function LinkedPolicies({ ids }: { ids: string[] }) {
  const key = ids.join(',')
  const load = useCallback(
    () =>
      Promise.all(
        key.split(',').map(async (id): Promise<Linked> => {
          try {
            return { id, title: (await call('policy.get', { id })).title }
          } catch {
            return { id, title: null }
          }
        })
      ),
    [key]
  )
  const remote = useRemote(load)
  const items: Linked[] = remote.data ?? ids.map((id) => ({ id, title: null }))
  return (
    <View className='svc-policies'>
      {items.map((p) => (
        <View key={p.id} id={`linked-policy-${p.id}`} className='svc-policies__item' onClick={() => openPage(policyDetailUrl(p.id))}>
          <Text className='svc-policies__title'>{p.title ?? (remote.loading ? '加载中…' : `政策 ${p.id}`)}</Text>
          <Text className='svc-policies__go'>›</Text>
        </View>
      ))}
    </View>
  )
}
