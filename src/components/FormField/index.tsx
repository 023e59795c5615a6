import { Input, Text, View } from '@tarojs/components'
import './index.scss'

export type FieldTone = 'error' | 'hint'

interface Props {
  /** also the id of the field (for labels, tests and e2e selectors) */
  id: string
  label: string
  value: string
  placeholder?: string
  type?: 'text' | 'number' | 'idcard' | 'digit'
  maxlength?: number
  disabled?: boolean
  /** the message under the field, red for errors, grey for hints */
  message?: string
  tone?: FieldTone
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled single-line input with its message underneath. */
export default function FormField(props: Props) {
  const { id, label, value, placeholder, type = 'text', maxlength = 140, disabled, message, tone = 'error' } = props
  return (
    <View className={`form-field${message && tone === 'error' ? ' form-field--error' : ''}`}>
      <Text className='form-field__label'>{label}</Text>
      <Input
        id={id}
        className='form-field__input'
        name={id}
        type={type}
        value={value}
        placeholder={placeholder}
        placeholderClass='form-field__placeholder'
        maxlength={maxlength}
        disabled={disabled}
        onInput={(e) => props.onInput(e.detail.value)}
        onBlur={() => props.onBlur?.()}
      />
      {message && <Text className={`form-field__message form-field__message--${tone}`}>{message}</Text>}
    </View>
  )
}
