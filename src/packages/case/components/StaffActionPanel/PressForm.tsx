import { Text, View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { note: '' }

/** 督办: a manager presses the handler, with a note that goes on the record. */
export default function PressForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.press',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ note: v.note }),
    done: '已督办',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <Text className='staff-form__hint'>
        督办意见会通知承办人并记入办理记录{detail.pressCount > 0 ? `（此前已督办 ${detail.pressCount} 次）` : ''}。
      </Text>
      <TextBox
        id='press-note'
        label='督办意见'
        placeholder='例如：请于明天下班前答复企业并报告进展'
        maxlength={maxLengthOf('case.press', 'note')}
        value={form.values.note}
        message={form.message('note')}
        onInput={(v) => form.set('note', v)}
      />
      <FormFooter form={form} id='staff-press-submit' label='督办' busyLabel='正在督办…' />
    </View>
  )
}
