import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { POLICY_CATEGORIES, type PolicyCategory } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { useSubmission } from '../../../hooks/useSubmission'
import '../policy.scss'
import './index.scss'

/** 关注的类别: tap a category to follow or unfollow it; a new policy in a followed category is notified. */
export default function FollowingPage() {
  const load = useCallback(() => call('policy.following', {}), [])
  const remote = useRemote(load)
  const { submit, submitting } = useSubmission('policy.follow')
  const followed = remote.data?.categories ?? []

  const toggle = async (key: string) => {
    const category = key as PolicyCategory
    const on = !followed.includes(category)
    const r = await submit({ category, on })
    if (r.ok) remote.setData(r.data)
    else if (r.error) void Taro.showToast({ title: r.error.message, icon: 'none', duration: 2500 })
  }

  if (!remote.data) {
    return (
      <View className='page policy-following'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  return (
    <View className='page policy-following'>
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void remote.reload()} />}
      <Text className='page-note'>关注后，该类别发布新政策时会通知您；关注类别中设有申报期的政策会出现在申报日历里。</Text>
      <Card title={`已关注 ${followed.length} 个类别`}>
        <View className='following-chips'>
          <ChipGroup id='follow' options={POLICY_CATEGORIES} selected={followed} onToggle={(k) => void toggle(k)} disabled={submitting} />
        </View>
      </Card>
    </View>
  )
}
