import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { postDetailUrl, type PostDetail } from '../../../../types'
import AttachmentList from '../../../components/AttachmentList'
import KindTag from '../../../pages/circle/components/KindTag'
import { useSubmission } from '../../../hooks/useSubmission'
import { openPage } from '../../../utils/nav'
import { formatDateTime } from '../../../utils/time'
import RejectForm from './RejectForm'

/** why the post waits: the content checker's label, or how often it was reported */
export function queueReason(post: PostDetail): string {
  if (post.status === 'hidden') return `被举报 ${post.reportCount ?? 0} 次，已暂时隐藏`
  const label = post.moderation?.reason
  if (post.moderation?.result === 'reported') return `曾被举报${post.reportCount ? ` ${post.reportCount} 次` : ''}，修改后重新提交`
  return label ? `内容检测：${label}` : '内容检测：需人工审核'
}

interface Props {
  post: PostDetail
  onDecided: (post: PostDetail) => void
}

/** One waiting post, in full (plain text), with 通过 and 驳回; once decided, the result in its place. */
export default function QueueItem({ post, onDecided }: Props) {
  const { submit, submitting } = useSubmission('post.moderate')
  const [rejecting, setRejecting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const waiting = post.status === 'reviewing' || post.status === 'hidden'

  const decide = async (decision: 'approve' | 'reject', reason = '') => {
    setError(null)
    const result = await submit({ id: post._id, decision, reason })
    if (result.ok) {
      setRejecting(false)
      onDecided(result.data)
    } else if (result.error) {
      setError(result.error.message)
    }
  }

  return (
    <View id={`moderate-${post._id}`} className='cc-queue'>
      <View className='cc-queue__head'>
        <KindTag kind={post.kind} />
        <Text className='cc-queue__title' onClick={() => openPage(postDetailUrl(post._id))}>
          {post.title}
        </Text>
      </View>
      <Text className={`cc-queue__reason${post.status === 'hidden' ? ' cc-queue__reason--reported' : ''}`}>{queueReason(post)}</Text>
      <Text className='cc-queue__who'>
        {post.enterpriseName}
        {post.parkName ? ` · ${post.parkName}` : ''} · {post.industry} · {formatDateTime(post.updatedAt)}
      </Text>
      <Text className='cc-queue__text'>{post.text}</Text>
      <AttachmentList items={post.images} />
      {post.contact && (
        <Text className='cc-queue__contact'>
          联系人：{post.contact.name} {post.contact.phone}
        </Text>
      )}
      {waiting ? (
        rejecting ? (
          <RejectForm postId={post._id} busy={submitting} error={error} onReject={(r) => void decide('reject', r)} onCancel={() => setRejecting(false)} />
        ) : (
          <View className='cc-queue__actions'>
            {error && <Text className='cc-queue__error'>{error}</Text>}
            <View id={`approve-${post._id}`} className='cc-queue__action'>
              <AtButton size='small' type='primary' disabled={submitting} onClick={() => void decide('approve')}>
                {submitting ? '正在提交…' : '通过'}
              </AtButton>
            </View>
            <View id={`reject-${post._id}`} className='cc-queue__action'>
              <AtButton size='small' type='secondary' disabled={submitting} onClick={() => setRejecting(true)}>
                驳回
              </AtButton>
            </View>
          </View>
        )
      ) : (
        <Text id={`decided-${post._id}`} className={`cc-queue__decided cc-queue__decided--${post.status}`}>
          {post.status === 'rejected' ? `已驳回：${post.moderation?.reason ?? ''}` : '已通过，已公开展示'}
        </Text>
      )}
    </View>
  )
}
