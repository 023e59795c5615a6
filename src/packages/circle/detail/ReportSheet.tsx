import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { REPORT_REASONS } from '../../../../types'
import ChipGroup from '../../../components/ChipGroup'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useSubmission } from '../../../hooks/useSubmission'

interface Props {
  postId: string
  onClose: () => void
  /** hidden: this report was the one that hid the post */
  onReported: (hidden: boolean) => void
}

/** the reason sent: the chosen kind, and what was added to it */
export function reportReason(choice: string, detail: string): string {
  const extra = detail.trim()
  if (!choice) return extra
  return extra ? `${choice}：${extra}` : choice
}

/** 举报: a kind of problem and an optional explanation ('其他' needs one), then a confirmation. */
export default function ReportSheet({ postId, onClose, onReported }: Props) {
  const [choice, setChoice] = useState('')
  const [detail, setDetail] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const { submit, submitting } = useSubmission('post.report')

  const send = async () => {
    if (!choice) return setMessage('请选择举报理由')
    if (choice === '其他' && detail.trim().length < 2) return setMessage('请说明举报理由（至少2个字）')
    setMessage(null)
    const result = await submit({ id: postId, reason: reportReason(choice, detail) })
    if (result.ok) {
      void Taro.showToast({ title: '已收到举报，我们会尽快核实', icon: 'none' })
      onReported(result.data.hidden)
    } else if (result.error?.code === 'ALREADY_REPORTED') {
      // a colleague reported it first: the enterprise counts once
      void Taro.showToast({ title: result.error.message, icon: 'none' })
      onReported(false)
    } else if (result.error) {
      setMessage(result.error.message)
    }
  }

  return (
    <View className='cc-sheet' id='report-sheet'>
      <View className='cc-sheet__mask' onClick={onClose} />
      <View className='cc-sheet__panel'>
        <Text className='cc-sheet__title'>举报该信息</Text>
        <Text className='cc-sheet__label'>举报理由</Text>
        <ChipGroup id='report-reason' options={REPORT_REASONS} selected={[choice]} onToggle={setChoice} />
        <TextArea id='report-detail' label='补充说明（选填）' value={detail} placeholder='请说明具体情况，便于管理员核实' maxlength={150} onInput={setDetail} />
        {message && <Text className='cc-sheet__message'>{message}</Text>}
        <Text className='cc-sheet__note'>举报仅管理员可见；每家企业只计一次，被多家企业举报后将暂时隐藏，等待管理员复核。</Text>
        <View className='cc-sheet__actions'>
          <SubmitButton id='post-report-submit' label='提交举报' busyLabel='正在提交…' busy={submitting} onSubmit={() => void send()} />
          <Text className='cc-sheet__cancel' onClick={onClose}>
            取消
          </Text>
        </View>
      </View>
    </View>
  )
}
