import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { formatDate } from '../../../utils/time'
import '../../article.scss'

/** One news item. The body is plain paragraphs rendered as text, never as HTML. */
export default function NewsDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('news.get', { id }), [id])
  const news = useRemote(load)

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
          <Text>阅读 {n.readCount}</Text>
        </View>
        <View className='article__body'>
          {n.body.map((p, i) => (
            <Text key={i} className='article__para' userSelect>
              {p}
            </Text>
          ))}
        </View>
      </View>
    </View>
  )
}
