import { Text, View } from '@tarojs/components'
import type { Request } from '../../../../../types'
import TextArea from '../../../../components/TextArea'
import FormFooter from './FormFooter'
import PublishWarning from './PublishWarning'
import { maxLengthOf } from './limits'
import type { TextActionSpec, TextWrite } from './textActions'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

type Values = Record<string, string>

/** An action whose only input is one text (办结说明, 督办意见, 复核结论…), as its spec describes it. */
export default function TextActionForm({ spec, detail, onChanged, onStale }: ActionFormProps & { spec: TextActionSpec }) {
  const { action, field } = spec
  const form = useCaseForm<TextWrite, Values>({
    action,
    detail,
    // the draft's shape is the payload's, so a draft saved before still fills the form
    initial: { [field]: '' },
    toPayload: (v) => ({ [field]: v[field] }) as unknown as Omit<Request<TextWrite>, 'id' | 'version'>,
    confirm: spec.confirm,
    done: spec.done,
    onChanged,
    onStale
  })
  const hint = spec.hint?.(detail)
  return (
    <View className='staff-form'>
      {hint && <Text className='staff-form__hint'>{hint}</Text>}
      {spec.published && <PublishWarning />}
      <TextArea
        id={spec.inputId}
        autoHeight
        label={spec.label}
        placeholder={spec.placeholder}
        maxlength={maxLengthOf(action, field)}
        value={form.values[field] ?? ''}
        message={form.message(field)}
        onInput={(v) => form.set(field, v)}
      />
      <FormFooter form={form} id={spec.submitId} label={spec.submitLabel} busyLabel={spec.busyLabel} />
    </View>
  )
}
