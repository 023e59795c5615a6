import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  value: string
  placeholder?: string
  maxlength: number
  /** a grey line under the label, e.g. what format is accepted */
  help?: string
  message?: string
  tall?: boolean
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter, optional help and its message underneath. */
export default function TextArea({ id, label, value, placeholder, maxlength, help, message, tall, onInput, onBlur }: Props) {
  return (
    <View className={`mg-text${message ? ' mg-text--error' : ''}`}>
      <View className='mg-text__head'>
        <Text className='mg-text__label'>{label}</Text>
        <Text className='mg-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      {help && <Text className='mg-text__help'>{help}</Text>}
      <Textarea
        id={id}
        className={`mg-text__input${tall ? ' mg-text__input--tall' : ''}`}
        value={value}
        placeholder={placeholder}
        placeholderClass='mg-text__placeholder'
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='mg-text__message'>{message}</Text>}
    </View>
  )
}
