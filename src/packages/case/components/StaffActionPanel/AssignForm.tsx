import { Text, View } from '@tarojs/components'
import TextArea from '../../../../components/TextArea'
import AssigneeList from './AssigneeList'
import FormFooter from './FormFooter'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = { toUserId: '', note: '' }

/** 交办 (no one holds the case yet) or 改派 (someone does): the manager picks the handler. */
export default function AssignForm({ detail, onChanged, onStale }: ActionFormProps) {
  const verb = detail.assigneeName ? '改派' : '交办'
  const form = useCaseForm({
    action: 'case.assign',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ toUserId: v.toUserId, note: v.note }),
    check: (v): Record<string, string> => (v.toUserId ? {} : { toUserId: `请选择${verb}对象` }),
    done: `已${verb}`,
    onChanged,
    onStale
  })
  return (
    <View className='staff-form'>
      {detail.assigneeName && <Text className='staff-form__hint'>当前承办人：{detail.assigneeName}</Text>}
      <Text className='staff-form__label'>{verb}给</Text>
      <AssigneeList caseId={detail._id} value={form.values.toUserId} message={form.message('toUserId')} onChange={(id) => form.set('toUserId', id)} />
      <TextArea
        id='assign-note'
        autoHeight
        label={`${verb}说明（选填）`}
        placeholder='对承办人的要求（仅工作人员可见），例如：请于今天内联系企业'
        maxlength={maxLengthOf('case.assign', 'note')}
        value={form.values.note}
        message={form.message('note')}
        onInput={(v) => form.set('note', v)}
      />
      <FormFooter form={form} id='staff-assign-submit' label={verb} busyLabel={`正在${verb}…`} />
    </View>
  )
}
