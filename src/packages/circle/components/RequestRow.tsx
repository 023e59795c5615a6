import { Text, View } from '@tarojs/components'
import { postDetailUrl, type ContactRequest, type ContactRequestState } from '../../../../types'
import { openPage } from '../../../utils/nav'
import { formatDateTime } from '../../../utils/time'

const STATE_LABELS: Record<ContactRequestState, string> = { pending: '待处理', accepted: '已同意', declined: '已拒绝' }

interface Props {
  request: ContactRequest
  busy: boolean
  onAnswer: (accept: boolean) => void
}

/** One contact request: who asks, for which post, their message (plain text), and 同意 / 拒绝 while pending. */
export default function RequestRow({ request, busy, onAnswer }: Props) {
  const pending = request.state === 'pending'
  return (
    <View id={`request-${request._id}`} className='cc-request'>
      <View className='cc-request__head'>
        <Text className='cc-request__who'>
          {request.requesterEnterpriseName} · {request.requesterName}
        </Text>
        <Text className={`cc-request__state cc-request__state--${request.state}`}>{STATE_LABELS[request.state]}</Text>
      </View>
      <Text className='cc-request__post' onClick={() => openPage(postDetailUrl(request.postId))}>
        申请查看：{request.postTitle}
      </Text>
      <Text className='cc-request__message'>{request.message}</Text>
      <View className='cc-request__foot'>
        <Text className='cc-request__time'>{formatDateTime(request.createdAt)}</Text>
        {pending && (
          <View className='cc-request__ops'>
            <Text id={`decline-${request._id}`} className='cc-request__op' onClick={() => !busy && onAnswer(false)}>
              拒绝
            </Text>
            <Text id={`accept-${request._id}`} className='cc-request__op cc-request__op--primary' onClick={() => !busy && onAnswer(true)}>
              {busy ? '处理中…' : '同意'}
            </Text>
          </View>
        )}
      </View>
    </View>
  )
}
