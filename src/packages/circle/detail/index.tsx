import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import ContactSection from './ContactSection'
import OwnerPanel from './OwnerPanel'
import PostBody from './PostBody'
import ReportEntry from './ReportEntry'
import '../circle.scss'

/** One post (?id=): the text and images, the contact (or the way to ask for it), 举报, and the poster's own panel. */
export default function PostDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('post.get', { id }), [id])
  const remote = useRemote(load)
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const reload = remote.reload
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  // back from 编辑, or the poster answered meanwhile
  useShowRefresh(() => void reload())

  const post = remote.data
  if (!post) {
    return (
      <View className='page cc-detail'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  const own = post.contactState === 'own'
  // approved members report (one report per enterprise); staff moderate instead; only a public post can be reported
  const member = me.data?.account.role === 'entrepreneur' && !!me.data.account.enterpriseId
  const reportable = member && !own && post.reportCount === null && (post.status === 'published' || post.reported)
  return (
    <View className='page cc-detail'>
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void reload()} />}
      <PostBody post={post} />
      {own && <OwnerPanel post={post} onChanged={remote.setData} />}
      {!own && post.reportCount !== null && (
        <Text id='post-manager-note' className='page-note'>
          管理员可见：累计被举报 {post.reportCount} 次
          {post.moderation?.reason ? `；审核记录：${post.moderation.reason}` : ''}
        </Text>
      )}
      <ContactSection post={post} me={me.data} onChanged={remote.setData} />
      {reportable && <ReportEntry post={post} onReported={remote.setData} />}
    </View>
  )
}
