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
    <View className='st-text'>
      <View className='st-text__head'>
        <Text className='st-text__label'>{label}</Text>
        <Text className='st-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      <Textarea
        id={id}
        className='st-text__input'
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        autoHeight
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='st-text__message'>{message}</Text>}
    </View>
  )
}
