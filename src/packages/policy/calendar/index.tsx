import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useMemo } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { daysLeftText } from '../../../components/PolicyRow/labels'
import { policyDetailUrl, ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import { openPage } from '../../../utils/nav'
import { groupByMonth } from './groupByMonth'
import '../policy.scss'
import './index.scss'

/** 申报日历: application deadlines of favourite and followed policies, by month, with the days left. */
export default function PolicyCalendarPage() {
  const load = useCallback(() => call('policy.calendar', {}), [])
  const remote = useRemote(load)
  const { reload } = remote
  useShowRefresh(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  const groups = useMemo(() => groupByMonth(remote.data ?? []), [remote.data])

  return (
    <View className='page policy-calendar'>
      <View className='policy-note'>
        <Text>收藏的政策和关注类别的政策，在申报截止前7天和1天提醒您。</Text>
        <Text id='calendar-following' className='policy-note__link' onClick={() => openPage(ROUTES.policyFollowing)}>
          关注的类别 ›
        </Text>
      </View>
      {!remote.data ? (
        <RemotePending remote={remote} />
      ) : (
        <>
          {remote.error && <ErrorState compact error={remote.error} onRetry={() => void reload()} />}
          {groups.length === 0 ? (
            <EmptyState text='近期没有要截止的申报' hint='收藏政策或关注类别后，申报截止日会出现在这里' />
          ) : (
            groups.map((g) => (
              <Card key={g.key} title={g.label}>
                {g.entries.map((e) => (
                  <View key={e.policyId} id={`deadline-${e.policyId}`} className='deadline-row' onClick={() => openPage(policyDetailUrl(e.policyId))}>
                    <View className='deadline-row__date'>
                      <Text className='deadline-row__day'>{Number(e.applyUntil.slice(8, 10))}</Text>
                      <Text className='deadline-row__unit'>日截止</Text>
                    </View>
                    <View className='deadline-row__main'>
                      <Text className='deadline-row__title'>{e.title}</Text>
                      <View className='deadline-row__meta'>
                        <Text className={`deadline-row__left${e.daysLeft <= 7 ? ' deadline-row__left--soon' : ''}`}>{daysLeftText(e.daysLeft)}</Text>
                        <Text className='deadline-row__reason'>{e.reason === 'favourite' ? '已收藏' : '关注的类别'}</Text>
                      </View>
                    </View>
                  </View>
                ))}
              </Card>
            ))
          )}
        </>
      )}
    </View>
  )
}
