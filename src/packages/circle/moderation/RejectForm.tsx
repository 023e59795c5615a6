import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { schemas } from '../../../../types'
import ChipGroup from '../../../components/ChipGroup'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { fieldErrors } from '../../../utils/validate'

/** reasons a manager gives most; tapping one fills the box, which can still be edited */
const QUICK_REASONS = ['含有违规或不实内容', '与供需对接无关', '重复发布', '联系方式或信息不完整']

interface Props {
  postId: string
  busy: boolean
  /** the server's message when the last try failed */
  error: string | null
  onReject: (reason: string) => void
  onCancel: () => void
}

/** 驳回 with the reason the poster will read (the shared schema asks for at least 2 characters). */
export default function RejectForm({ postId, busy, error, onReject, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const message = tried ? fieldErrors(schemas['post.moderate'], { id: postId, decision: 'reject', reason }).reason : undefined

  const send = () => {
    setTried(true)
    if (fieldErrors(schemas['post.moderate'], { id: postId, decision: 'reject', reason }).reason) return
    onReject(reason.trim())
  }

  return (
    <View className='cc-reject' id={`reject-form-${postId}`}>
      <ChipGroup id={`reject-quick-${postId}`} options={QUICK_REASONS} selected={[reason]} onToggle={setReason} />
      <TextArea id={`reject-reason-${postId}`} label='驳回理由（发布企业可见）' value={reason} maxlength={200} message={message ?? error ?? undefined} onInput={setReason} />
      <View className='cc-reject__actions'>
        <SubmitButton id={`reject-confirm-${postId}`} label='确认驳回' busyLabel='正在提交…' busy={busy} type='secondary' onSubmit={send} />
        <Text className='cc-reject__cancel' onClick={onCancel}>
          取消
        </Text>
      </View>
    </View>
  )
}
