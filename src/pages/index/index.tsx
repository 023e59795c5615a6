import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../services'
import { useRemote } from '../../hooks/useRemote'
import { useUnreadBadge } from '../../hooks/useUnreadBadge'
import HomeHeader from './components/HomeHeader'
import ChannelBar from './components/ChannelBar'
import SectionGrid from './components/SectionGrid'
import HomeFeed from './components/HomeFeed'
import './index.scss'

/** 首页: who I am, the three channels, the six functions, then notices and news. */
export default function HomePage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const loadFeed = useCallback(() => call('home.feed', {}), [])
  const me = useRemote(loadMe)
  const feed = useRemote(loadFeed)
  useUnreadBadge()

  usePullDownRefresh(() => {
    void Promise.all([me.reload(), feed.reload()]).finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className='page home'>
      <HomeHeader me={me.data} />
      <ChannelBar />
      <SectionGrid />
      <HomeFeed feed={feed.data} loading={feed.loading} error={feed.error} onRetry={() => void feed.reload()} />
    </View>
  )
}
