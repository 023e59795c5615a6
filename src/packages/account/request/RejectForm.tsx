import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { schemas } from '../../../../types'
import ChipGroup from '../../../components/ChipGroup'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { fieldErrors } from '../../../utils/validate'

/** what reviewers say most; tapping one fills the box, which can still be edited */
const QUICK_REASONS = ['营业执照照片不清晰', '企业名称与执照不一致', '缺少加盖公章的授权委托书', '授权委托书未经法定代表人签字']

interface Props {
  id: string
  busy: boolean
  onReject: (reason: string) => void
  onCancel: () => void
}

/** 不通过 with the reason the applicant will read (the shared schema asks for 4–200 characters). */
export default function RejectForm({ id, busy, onReject, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const error = fieldErrors(schemas['membership.reject'], { id, reason }).reason
  const send = () => {
    setTried(true)
    if (!error) onReject(reason.trim())
  }
  return (
    <View className='ms-review__reject' id='ms-reject-form'>
      <View className='ms-apply__block'>
        <ChipGroup id='ms-reject-quick' options={QUICK_REASONS} selected={[reason]} onToggle={setReason} />
      </View>
      <TextArea id='ms-reject-reason' label='不通过的原因（申请人可见）' value={reason} maxlength={200} placeholder='请写明需要补正的内容' message={tried ? error : undefined} onInput={setReason} />
      <View className='ms-review__buttons'>
        <SubmitButton id='ms-reject-confirm' label='确认不通过' busyLabel='正在提交…' busy={busy} type='secondary' onSubmit={send} />
        <Text className='ms-review__cancel' onClick={onCancel}>
          取消
        </Text>
      </View>
    </View>
  )
}
