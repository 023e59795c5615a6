import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  /** on the wrapper; the textarea inside is `#id textarea` in h5 */
  id: string
  label: string
  value: string
  placeholder?: string
  maxlength: number
  message?: string
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter and its message underneath. */
export default function TextArea({ id, label, value, placeholder, maxlength, message, onInput, onBlur }: Props) {
  return (
    <View className={`svc-text${message ? ' svc-text--error' : ''}`}>
      <View className='svc-text__head'>
        <Text className='svc-text__label'>{label}</Text>
        <Text className='svc-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      <Textarea
        id={id}
        className='svc-text__input'
        value={value}
        placeholder={placeholder}
        placeholderClass='svc-text__placeholder'
        maxlength={maxlength}
        autoHeight
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='svc-text__message'>{message}</Text>}
    </View>
  )
}
