import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import { policyDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'

interface Linked {
  id: string
  /** null while loading, or when the request failed */
  title: string | null
}

/** The policies this service applies for, by title, read in one request; each opens the policy. */
export default function LinkedPolicies({ ids }: { ids: string[] }) {
  const key = ids.join(',')
  // withdrawn policies are left out of the answer, so they are not offered
  const load = useCallback(
    async (): Promise<Linked[]> => (await call('policy.getMany', { ids: key.split(',') })).map((p) => ({ id: p._id, title: p.title })),
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
