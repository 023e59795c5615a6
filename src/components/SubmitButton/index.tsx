import { View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'

interface Props {
  /** on the wrapper: a stable hook for tests and e2e (`#id`) */
  id: string
  label: string
  busyLabel: string
  busy: boolean
  onSubmit: () => void
  type?: 'primary' | 'secondary'
  /** not ready to send (the form says why next to it) */
  disabled?: boolean
}

/** A form's main button: shows progress and ignores taps while the request runs. */
export default function SubmitButton({ id, label, busyLabel, busy, onSubmit, type = 'primary', disabled = false }: Props) {
  return (
    <View id={id} className='submit-button'>
      <AtButton type={type} loading={busy} disabled={busy || disabled} onClick={onSubmit}>
        {busy ? busyLabel : label}
      </AtButton>
    </View>
  )
}
