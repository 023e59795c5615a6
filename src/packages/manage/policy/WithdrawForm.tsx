import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { schemas, type PolicyDetail } from '../../../../types'
import TextArea from '../../../components/TextArea'
import { useSubmission } from '../../../hooks/useSubmission'
import { fieldErrors } from '../../../utils/validate'

interface Props {
  policyId: string
  onWithdrawn: (policy: PolicyDetail) => void
}

/** 下架 with the reason, which is kept with the policy's history. */
export default function WithdrawForm({ policyId, onWithdrawn }: Props) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const withdrawing = useSubmission('policy.withdraw')
  const message = attempted ? fieldErrors(schemas['policy.withdraw'], { id: policyId, reason }).reason : undefined

  const withdraw = async () => {
    setAttempted(true)
    setError(null)
    if (fieldErrors(schemas['policy.withdraw'], { id: policyId, reason }).reason) return
    const result = await withdrawing.submit({ id: policyId, reason })
    if (result.ok) {
      void Taro.showToast({ title: '已下架', icon: 'success' })
      setOpen(false)
      onWithdrawn(result.data)
    } else if (result.error) setError(result.error.message)
  }

  if (!open) {
    return (
      <View id='policy-withdraw' className='mg-status__action'>
        <AtButton type='secondary' onClick={() => setOpen(true)}>
          下架
        </AtButton>
      </View>
    )
  }
  return (
    <View className='mg-withdraw'>
      <TextArea id='withdraw-reason' label='下架原因' placeholder='如：政策已到期、被新政策替代（2—200字）' value={reason} maxlength={200} message={message} onInput={setReason} />
      {error && (
        <View className='mg-alert' role='alert'>
          <Text>{error}</Text>
        </View>
      )}
      <View className='mg-push__buttons'>
        <AtButton size='small' onClick={() => setOpen(false)}>
          取消
        </AtButton>
        <View id='withdraw-confirm'>
          <AtButton size='small' type='primary' loading={withdrawing.submitting} disabled={withdrawing.submitting} onClick={() => void withdraw()}>
            确认下架
          </AtButton>
        </View>
      </View>
    </View>
  )
}
