import { Text, View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { summary: '' }

/** 办结: closes the handling with a summary; the enterprise is then asked to rate. */
export default function ResolveForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.resolve',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ summary: v.summary }),
    confirm: { title: '办结', content: '办结后企业将收到评价邀请，确定办结吗？' },
    done: '已办结',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <Text className='staff-form__hint'>请写明办理结果和依据，企业会看到办结说明并评价。</Text>
      <TextBox
        id='resolve-summary'
        label='办结说明'
        placeholder='办理了什么、结果如何、后续注意事项'
        maxlength={maxLengthOf('case.resolve', 'summary')}
        value={form.values.summary}
        message={form.message('summary')}
        onInput={(v) => form.set('summary', v)}
      />
      <FormFooter form={form} id='staff-resolve-submit' label='办结' busyLabel='正在办结…' />
    </View>
  )
}
