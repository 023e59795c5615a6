import { View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import PublishWarning from './PublishWarning'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { note: '' }

/** 责令整改: the 差评 is verified; the finding starts 整改 and is published anonymised. */
export default function ReviewRectifyForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.reviewRectify',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ note: v.note }),
    confirm: { title: '责令整改', content: '问题认定将匿名公示，承办人须在整改时限内整改并回访。确定吗？' },
    done: '已责令整改',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <PublishWarning />
      <TextBox
        id='review-rectify-note'
        label='问题认定（将匿名公示）'
        placeholder='例如：企业咨询后3个工作日未获答复，答复内容与问题不符'
        maxlength={maxLengthOf('case.reviewRectify', 'note')}
        value={form.values.note}
        message={form.message('note')}
        onInput={(v) => form.set('note', v)}
      />
      <FormFooter form={form} id='staff-review-rectify-submit' label='责令整改' busyLabel='正在提交…' />
    </View>
  )
}
