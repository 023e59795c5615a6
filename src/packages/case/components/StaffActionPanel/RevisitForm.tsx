import { Text, View } from '@tarojs/components'
import TextBox from '../TextBox'
import FormFooter from './FormFooter'
import PublishWarning from './PublishWarning'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { note: '' }

/** 整改回访: what was put right and what the enterprise said; the enterprise then rates again. */
export default function RevisitForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.revisit',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ note: v.note }),
    confirm: { title: '整改回访', content: '回访情况将匿名公示，企业会收到重新评价的邀请。确定提交吗？' },
    done: '已记录回访',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      {detail.review?.note && <Text className='staff-form__hint'>问题认定：{detail.review.note}</Text>}
      <PublishWarning />
      <TextBox
        id='revisit-note'
        label='整改及回访情况（将匿名公示）'
        placeholder='整改做了什么，回访时企业的反馈'
        maxlength={maxLengthOf('case.revisit', 'note')}
        value={form.values.note}
        message={form.message('note')}
        onInput={(v) => form.set('note', v)}
      />
      <FormFooter form={form} id='staff-revisit-submit' label='提交回访' busyLabel='正在提交…' />
    </View>
  )
}
