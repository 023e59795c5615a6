import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  value: string
  placeholder?: string
  maxlength: number
  help?: string
  message?: string
  tall?: boolean
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter, optional help and its message underneath. */
export default function TextBox({ id, label, value, placeholder, maxlength, help, message, tall, onInput, onBlur }: Props) {
  return (
    <View className={`pb-text${message ? ' pb-text--error' : ''}`}>
      <View className='pb-text__head'>
        <Text className='pb-text__label'>{label}</Text>
        <Text className='pb-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      {help && <Text className='pb-text__help'>{help}</Text>}
      <Textarea
        id={id}
        className={`pb-text__input${tall ? ' pb-text__input--tall' : ''}`}
        value={value}
        placeholder={placeholder}
        placeholderClass='pb-text__placeholder'
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='pb-text__message'>{message}</Text>}
    </View>
  )
}
