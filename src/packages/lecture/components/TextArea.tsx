import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  /** on the textarea (in h5 Taro renders it inside a wrapper: `#id textarea`) */
  id: string
  label: string
  value: string
  placeholder?: string
  maxlength: number
  help?: string
  message?: string
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter and its message underneath. */
export default function TextArea({ id, label, value, placeholder, maxlength, help, message, onInput, onBlur }: Props) {
  return (
    <View className={`lec-text${message ? ' lec-text--error' : ''}`}>
      <View className='lec-text__head'>
        <Text className='lec-text__label'>{label}</Text>
        <Text className='lec-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      {help && <Text className='lec-text__help'>{help}</Text>}
      <Textarea
        id={id}
        className='lec-text__input'
        value={value}
        placeholder={placeholder}
        placeholderClass='lec-text__placeholder'
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='lec-text__message'>{message}</Text>}
    </View>
  )
}
