import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { policyDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import ActionBar from './ActionBar'
import FollowCategories from './FollowCategories'
import MatchPanel from './MatchPanel'
import PolicyContent from './PolicyContent'
import PolicyHeader from './PolicyHeader'
import { usePolicyWrites } from './usePolicyWrites'
import './index.scss'

/** One policy: facts and status, whether the caller's enterprise qualifies and why, the text, and 申报 / 帮代办. (?id=) */
export default function PolicyDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('policy.get', { id }), [id])
  const remote = useRemote(load)
  const { reload, setData } = remote
  const policy = remote.data
  const writes = usePolicyWrites(policy, setData)

  // back from the profile form: the match may have changed
  useShowRefresh(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() => ({ title: policy?.title ?? '涉企政策', path: policyDetailUrl(id) }))

  if (!policy) {
    return (
      <View className='page policy-detail'>
        <RemotePending remote={remote} />
      </View>
    )
  }

  return (
    <View className='page policy-detail'>
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void reload()} />}
      <Card>
        <PolicyHeader policy={policy} />
        <FollowCategories categories={policy.categories} followed={policy.followedCategories} busy={writes.followBusy} onToggle={(c, on) => void writes.follow(c, on)} />
      </Card>
      {policy.match ? (
        <MatchPanel match={policy.match} />
      ) : (
        !policy.lifecycle && <Text className='page-note'>认证为企业成员后，可在此查看您的企业是否符合本政策的各项条件。</Text>
      )}
      <PolicyContent policy={policy} />
      <ActionBar policy={policy} onToggleFavourite={() => void writes.toggleFavourite()} favouriteBusy={writes.favouriteBusy} />
    </View>
  )
}
