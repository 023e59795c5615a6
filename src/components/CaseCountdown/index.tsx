import { Text, View } from '@tarojs/components'
import type { CaseDeadline } from '../../../types'
import { useNow } from '../../hooks/useNow'
import { countdown } from '../../utils/countdown'
import './index.scss'

interface Props {
  deadline: CaseDeadline | null
  /** pass the time down when many countdowns share one clock; otherwise this one ticks itself */
  now?: number
}

/** The running deadline: 办结时限 剩余2天3小时, red when overdue or under four hours. */
export default function CaseCountdown({ deadline, now }: Props) {
  const ticking = useNow(now === undefined && deadline ? 30000 : 0)
  if (!deadline) return null
  const view = countdown(deadline, now ?? ticking)
  return (
    <View className={`case-countdown${view.urgent ? ' case-countdown--urgent' : ''}`}>
      <Text className='case-countdown__label'>{view.label}</Text>
      <Text className='case-countdown__text'>{view.text}</Text>
    </View>
  )
}
