import { Text, View } from '@tarojs/components'
import { NEWS_STATUS_LABELS, type ManagedNews } from '../../../../types'
import { formatDateTime } from '../../../utils/time'

/** One item in the console: title, status, when it goes or went out, author and reads. */
export default function NewsRow({ news, onOpen }: { news: ManagedNews; onOpen: (n: ManagedNews) => void }) {
  const when = news.status === 'scheduled' ? `定时 ${formatDateTime(news.publishAt)}` : news.publishAt ? `发布 ${formatDateTime(news.publishAt)}` : `修改 ${formatDateTime(news.updatedAt)}`
  return (
    <View id={`news-row-${news._id}`} className='pb-row' onClick={() => onOpen(news)}>
      <View className='pb-row__head'>
        <Text className='pb-row__title'>{news.title}</Text>
        <Text className={`pb-badge pb-badge--${news.status}`}>{NEWS_STATUS_LABELS[news.status]}</Text>
      </View>
      <Text className='pb-row__meta'>{[news.category, news.authorName, when].join(' · ')}</Text>
      {news.status === 'published' && <Text className='pb-row__meta'>阅读 {news.readCount}</Text>}
    </View>
  )
}
