import { Text, View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { text: '' }

/** 请企业补充材料: tells the enterprise what is missing; the case waits for its answer. */
export default function RequestInfoForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.requestInfo',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ text: v.text }),
    done: '已通知企业',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <Text className='staff-form__hint'>企业会收到通知，补充后办件继续办理。</Text>
      <TextBox
        id='request-info-text'
        label='需补充的内容'
        placeholder='例如：请补充营业执照副本和项目备案文件'
        maxlength={maxLengthOf('case.requestInfo', 'text')}
        value={form.values.text}
        message={form.message('text')}
        onInput={(v) => form.set('text', v)}
      />
      <FormFooter form={form} id='staff-request-info-submit' label='请企业补充' busyLabel='正在发送…' />
    </View>
  )
}
