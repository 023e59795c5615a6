import { Text, View } from '@tarojs/components'
import type { NewsSummary } from '../../../types'
import { formatDate } from '../../utils/time'
import './index.scss'

interface Props {
  news: NewsSummary
  onOpen: (news: NewsSummary) => void
}

/** One row of a news list: title, summary, category, source and date. */
export default function NewsItem({ news, onOpen }: Props) {
  return (
    <View className='news-item' onClick={() => onOpen(news)}>
      <Text className='news-item__title'>{news.title}</Text>
      {news.summary && <Text className='news-item__summary'>{news.summary}</Text>}
      <View className='news-item__meta'>
        <Text className='news-item__category'>{news.category}</Text>
        <Text className='news-item__source'>{news.source}</Text>
        <Text>{formatDate(news.publishedAt)}</Text>
      </View>
    </View>
  )
}
