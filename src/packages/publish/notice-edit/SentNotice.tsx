import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import type { ManagedNotice, NoticeStats, Park } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import { toUiError } from '../../../utils/errors'
import { formatDateTime } from '../../../utils/time'
import Alert from '../components/Alert'
import { audienceLabel } from '../components/audienceLabel'

/** A published notice: what was sent to whom, and 送达 / 已读 (refreshable). */
export default function SentNotice({ notice, parks }: { notice: ManagedNotice; parks: Park[] }) {
  const [stats, setStats] = useState<NoticeStats | null>(notice.stats)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const refresh = async () => {
    setBusy(true)
    setError(null)
    try {
      setStats(await call('notice.stats', { id: notice._id }))
    } catch (e) {
      setError(toUiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  const paragraphs = notice.body.split(/\n+/).map((p) => p.trim()).filter(Boolean)
  return (
    <View>
      <Card title='送达情况'>
        <View id='notice-stats' className='pb-stats'>
          <View className='pb-stats__cell'>
            <Text className='pb-stats__number'>{stats?.delivered ?? 0}</Text>
            <Text className='pb-stats__label'>送达</Text>
          </View>
          <View className='pb-stats__cell'>
            <Text className='pb-stats__number'>{stats?.read ?? 0}</Text>
            <Text className='pb-stats__label'>已读</Text>
          </View>
        </View>
        {stats && !stats.done && <Text className='pb-help pb-pad'>仍在送达中，稍后刷新查看</Text>}
        <Alert text={error} />
        <View className='pb-status__actions pb-pad'>
          <View id='notice-stats-refresh'>
            <AtButton size='small' loading={busy} disabled={busy} onClick={() => void refresh()}>
              刷新
            </AtButton>
          </View>
        </View>
      </Card>
      <Card title='已发送的通知'>
        <View className='pb-pad pb-sent'>
          <Text className='pb-sent__title'>
            {notice.urgent ? '【紧急】' : ''}
            {notice.title}
          </Text>
          <Text className='pb-status__line'>
            {audienceLabel(notice.target, parks)} · {formatDateTime(notice.publishedAt)} · {notice.publisherName}
          </Text>
          {notice.targetEnterprises.length > 0 && <Text className='pb-status__line'>{notice.targetEnterprises.map((e) => e.name).join('、')}</Text>}
          {paragraphs.map((p, i) => (
            <Text key={i} className='pb-sent__para'>
              {p}
            </Text>
          ))}
        </View>
      </Card>
    </View>
  )
}
