import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import { fileUrl } from '../../../services/upload'
import RemotePending from '../../../components/RemotePending'
import { newsDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { formatDate } from '../../../utils/time'
import NewsBody from './NewsBody'
import ShareBar from './ShareBar'
import '../../article.scss'
import './index.scss'

/** One news item: cover, category, source, date, reads, the (sanitised) body, and share. */
export default function NewsDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('news.get', { id }), [id])
  const news = useRemote(load)
  useShareAppMessage(() => ({ title: news.data?.title ?? '营商动态', path: newsDetailUrl(id) }))

  if (!news.data) {
    return (
      <View className='page article'>
        <RemotePending remote={news} />
      </View>
    )
  }
  const n = news.data
  return (
    <View className='page article'>
      <View className='article__card'>
        <Text className='article__title' userSelect>
          {n.title}
        </Text>
        <View className='article__meta'>
          <Text className='article__tag'>{n.category}</Text>
          <Text>{n.source}</Text>
          <Text>{formatDate(n.publishedAt)}</Text>
          <Text id='news-reads'>阅读 {n.readCount}</Text>
        </View>
        {n.cover && <Image id='news-cover' className='news-cover' src={fileUrl(n.cover)} mode='widthFix' />}
        {n.summary && <Text className='news-summary'>{n.summary}</Text>}
        <NewsBody news={n} />
        <ShareBar />
      </View>
    </View>
  )
}
