import { Text, Textarea, View } from '@tarojs/components'

interface Props {
  /** also the id of the textarea (tests and e2e use `#id textarea`) */
  id: string
  label: string
  value: string
  maxlength: number
  placeholder?: string
  message?: string
  onInput: (value: string) => void
}

/** A labelled multi-line input with a character count and its message underneath. */
export default function ComposerField({ id, label, value, maxlength, placeholder, message, onInput }: Props) {
  return (
    <View className={`composer-field${message ? ' composer-field--error' : ''}`}>
      <View className='composer-field__head'>
        <Text className='composer-field__label'>{label}</Text>
        <Text className='composer-field__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      <Textarea
        id={id}
        className='composer-field__input'
        value={value}
        placeholder={placeholder}
        placeholderClass='composer-field__placeholder'
        // weapp's default is 140: always say it
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
      />
      {message && <Text className='composer-field__message'>{message}</Text>}
    </View>
  )
}
