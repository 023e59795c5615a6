import { Text, Textarea, View } from '@tarojs/components'

interface Props {
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
export default function TextBox({ id, label, value, placeholder, maxlength, message, onInput, onBlur }: Props) {
  return (
    <View className={`text-box${message ? ' text-box--error' : ''}`}>
      <View className='text-box__head'>
        <Text className='text-box__label'>{label}</Text>
        <Text className='text-box__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      <Textarea
        id={id}
        className='text-box__input'
        value={value}
        placeholder={placeholder}
        placeholderClass='text-box__placeholder'
        maxlength={maxlength}
        autoHeight
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='text-box__message'>{message}</Text>}
    </View>
  )
}
