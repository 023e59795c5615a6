import { Text, View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { reason: '' }

/** 不予整改: the 差评 is found unfounded; the written reason is shown to the enterprise. */
export default function ReviewRejectForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.reviewReject',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ reason: v.reason }),
    confirm: { title: '不予整改', content: '理由将告知企业，办件随之归档。确定不予整改吗？' },
    done: '已复核',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <Text className='staff-form__hint'>请写明核实情况和不予整改的依据，企业会看到这段理由。</Text>
      <TextBox
        id='review-reject-reason'
        label='不予整改的理由'
        placeholder='核实了什么、为什么不属于办理问题'
        maxlength={maxLengthOf('case.reviewReject', 'reason')}
        value={form.values.reason}
        message={form.message('reason')}
        onInput={(v) => form.set('reason', v)}
      />
      <FormFooter form={form} id='staff-review-reject-submit' label='不予整改' busyLabel='正在提交…' />
    </View>
  )
}
