import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../services'
import ErrorState from '../../components/ErrorState'
import LoadingState from '../../components/LoadingState'
import { useRemote } from '../../hooks/useRemote'
import { useShowRefresh } from '../../hooks/useShowRefresh'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import IdentityCard from './components/IdentityCard'
import MineActions from './components/MineActions'
import MyStewardCard from './components/MyStewardCard'
import './index.scss'

/** 我的: who I am, what I am bound to, and what my role lets me do. */
export default function MinePage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const { reload } = me
  useUnreadBadge()

  useShowRefresh(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!me.data) {
    return (
      <View className='page mine'>
        {me.error ? <ErrorState error={me.error} onRetry={() => void reload()} /> : <LoadingState />}
      </View>
    )
  }

  return (
    <View className='page mine'>
      {me.error && <ErrorState compact error={me.error} onRetry={() => void reload()} />}
      <IdentityCard me={me.data} />
      {me.data.account.role === 'entrepreneur' && me.data.enterprise && <MyStewardCard key={me.data.enterprise._id} />}
      <MineActions me={me.data} onChanged={me.setData} />
    </View>
  )
}
