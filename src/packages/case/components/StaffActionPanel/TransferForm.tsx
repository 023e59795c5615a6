import { Text, View } from '@tarojs/components'
import TextArea from '../../../../components/TextArea'
import AssigneeList from './AssigneeList'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { toUserId: '', reason: '' }

/** 转办: hands the case to someone better placed, with the reason on the record. */
export default function TransferForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({
    action: 'case.transfer',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ toUserId: v.toUserId, reason: v.reason }),
    check: (v): Record<string, string> => (v.toUserId ? {} : { toUserId: '请选择转办对象' }),
    done: '已转办',
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      <Text className='staff-form__label'>转办给</Text>
      <AssigneeList caseId={detail._id} value={form.values.toUserId} message={form.message('toUserId')} onChange={(id) => form.set('toUserId', id)} />
      <TextArea
        id='transfer-reason'
        autoHeight
        label='转办理由'
        placeholder='说明为什么转办；接手人能看到，企业只看到新的承办人'
        maxlength={maxLengthOf('case.transfer', 'reason')}
        value={form.values.reason}
        message={form.message('reason')}
        onInput={(v) => form.set('reason', v)}
      />
      <FormFooter form={form} id='staff-transfer-submit' label='转办' busyLabel='正在转办…' />
    </View>
  )
}
