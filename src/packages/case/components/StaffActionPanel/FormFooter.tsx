import { View } from '@tarojs/components'
import FormNotice from '../../../../components/FormNotice'
import SubmitButton from '../../../../components/SubmitButton'
import type { FormValues } from '../../../../hooks/useSchemaForm'
import type { CaseForm } from './useCaseForm'

interface Props<F extends FormValues> {
  form: CaseForm<F>
  /** on the button wrapper, for tests and e2e */
  id: string
  label: string
  busyLabel: string
}

/** The draft note, a failure not tied to a field, and the send button of an action form. */
export default function FormFooter<F extends FormValues>({ form, id, label, busyLabel }: Props<F>) {
  return (
    <View className='staff-form__footer'>
      <FormNotice restored={form.restored} onDiscard={form.discard} error={form.formError} />
      <SubmitButton id={id} label={label} busyLabel={busyLabel} busy={form.submitting} onSubmit={() => void form.submit()} />
    </View>
  )
}
