import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { NEWS_STATUS_LABELS, type ManagedNews } from '../../../../types'
import Card from '../../../components/Card'
import { useSubmission } from '../../../hooks/useSubmission'
import { formatDateTime } from '../../../utils/time'
import Alert from '../components/Alert'

interface Props {
  news: ManagedNews
  /** unsaved edits: publishing sends the saved version, so save first */
  dirty: boolean
  onChanged: (news: ManagedNews) => void
}

/** Where the item stands, and 立即发布 / 撤回. */
export default function NewsStatusCard({ news, dirty, onChanged }: Props) {
  const publishing = useSubmission('news.publish')
  const unpublishing = useSubmission('news.unpublish')
  const [error, setError] = useState<string | null>(null)
  const busy = publishing.submitting || unpublishing.submitting

  const run = async (kind: 'publish' | 'unpublish') => {
    setError(null)
    if (dirty) {
      setError('有未保存的修改：请先保存')
      return
    }
    const { confirm } = await Taro.showModal(
      kind === 'publish'
        ? { title: '立即发布', content: '发布后所有用户都能在“营商动态”中看到这篇动态。', confirmText: '发布' }
        : { title: '撤回动态', content: '撤回后用户将看不到这篇动态，可以修改后重新发布。', confirmText: '撤回', confirmColor: '#d4380d' }
    )
    if (!confirm) return
    const result = kind === 'publish' ? await publishing.submit({ id: news._id }) : await unpublishing.submit({ id: news._id })
    if (result.ok) {
      void Taro.showToast({ title: kind === 'publish' ? '已发布' : '已撤回', icon: 'success' })
      onChanged(result.data)
    } else if (result.error) setError(result.error.message)
  }

  return (
    <Card title='发布状态'>
      <View id='news-status' className='pb-status'>
        <View className='pb-status__head'>
          <Text className={`pb-badge pb-badge--${news.status}`}>{NEWS_STATUS_LABELS[news.status]}</Text>
          {news.status === 'scheduled' && <Text className='pb-status__when'>将于 {formatDateTime(news.publishAt)} 自动发布</Text>}
          {news.status === 'published' && <Text className='pb-status__when'>阅读 {news.readCount}</Text>}
        </View>
        <Text className='pb-status__line'>
          作者：{news.authorName} · 最近修改 {formatDateTime(news.updatedAt)}
        </Text>
        {news.publishAt && news.status !== 'scheduled' && <Text className='pb-status__line'>发布时间：{formatDateTime(news.publishAt)}</Text>}
        {!news.editable && <Text className='pb-help'>这篇动态由其他园区或市级发布，您只能查看。</Text>}
        <Alert text={error} />
        {news.editable && (
          <View className='pb-status__actions'>
            {news.status !== 'published' && (
              <View id='news-publish'>
                <AtButton type='primary' size='small' loading={publishing.submitting} disabled={busy} onClick={() => void run('publish')}>
                  立即发布
                </AtButton>
              </View>
            )}
            {(news.status === 'published' || news.status === 'scheduled') && (
              <View id='news-unpublish'>
                <AtButton size='small' loading={unpublishing.submitting} disabled={busy} onClick={() => void run('unpublish')}>
                  撤回
                </AtButton>
              </View>
            )}
          </View>
        )}
      </View>
    </Card>
  )
}
