import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  value: string
  placeholder?: string
  maxlength: number
  message?: string
  /** a taller box for the post's text */
  tall?: boolean
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter and its message underneath. */
export default function TextArea({ id, label, value, placeholder, maxlength, message, tall, onInput, onBlur }: Props) {
  return (
    <View className={`cc-text${message ? ' cc-text--error' : ''}`}>
      <View className='cc-text__head'>
        <Text className='cc-text__label'>{label}</Text>
        <Text className='cc-text__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      <Textarea
        id={id}
        className={`cc-text__input${tall ? ' cc-text__input--tall' : ''}`}
        value={value}
        placeholder={placeholder}
        placeholderClass='cc-text__placeholder'
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
      {message && <Text className='cc-text__message'>{message}</Text>}
    </View>
  )
}
