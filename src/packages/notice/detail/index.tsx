import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { Notice } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { formatDateTime } from '../../../utils/time'
import '../../article.scss'

/** who it was sent to, as the reader is told (a named enterprise list is not shown) */
const AUDIENCE: Record<Notice['audience'], string> = { city: '全市', parks: '指定园区', industries: '指定行业', enterprises: '定向通知' }

/** One notice; the body is plain text split into paragraphs, never HTML. */
export default function NoticeDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('notice.get', { id }), [id])
  const notice = useRemote(load)

  if (!notice.data) {
    return (
      <View className='page article'>
        <RemotePending remote={notice} />
      </View>
    )
  }
  const n = notice.data
  const paragraphs = n.body.split(/\n+/).map((p) => p.trim()).filter(Boolean)
  return (
    <View className='page article'>
      <View className='article__card'>
        <Text className='article__title' userSelect>
          {n.title}
        </Text>
        <View className='article__meta'>
          {n.urgent && <Text className='article__tag article__tag--urgent'>紧急</Text>}
          <Text>{n.publisherName}</Text>
          <Text>{formatDateTime(n.publishedAt)}</Text>
          <Text>{AUDIENCE[n.audience] ?? '指定园区'}</Text>
        </View>
        <View className='article__body'>
          {paragraphs.map((p, i) => (
            <Text key={i} className='article__para' userSelect>
              {p}
            </Text>
          ))}
        </View>
      </View>
    </View>
  )
}
