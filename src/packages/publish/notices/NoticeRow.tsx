import { Text, View } from '@tarojs/components'
import type { ManagedNotice, Park } from '../../../../types'
import { formatDateTime } from '../../../utils/time'
import { audienceLabel } from '../components/audienceLabel'

/** One notice in the console: title, audience, and once sent 送达 / 已读. */
export default function NoticeRow({ notice, parks, onOpen }: { notice: ManagedNotice; parks: Park[]; onOpen: (n: ManagedNotice) => void }) {
  const sent = notice.status === 'published'
  return (
    <View id={`notice-row-${notice._id}`} className='pb-row' onClick={() => onOpen(notice)}>
      <View className='pb-row__head'>
        <Text className='pb-row__title'>
          {notice.urgent && <Text className='pb-urgent'>紧急</Text>}
          {notice.title}
        </Text>
        <Text className={`pb-badge pb-badge--${sent ? 'published' : 'draft'}`}>{sent ? '已发送' : '草稿'}</Text>
      </View>
      <Text className='pb-row__meta'>
        {audienceLabel(notice.target, parks)} · {sent ? `发送 ${formatDateTime(notice.publishedAt)}` : `修改 ${formatDateTime(notice.updatedAt)}`}
      </Text>
      {sent && notice.stats && (
        <Text id={`notice-row-${notice._id}-stats`} className='pb-row__stats'>
          送达 {notice.stats.delivered} · 已读 {notice.stats.read}
          {notice.stats.done ? '' : ' · 送达中'}
        </Text>
      )}
    </View>
  )
}
