import { Text, Textarea, View } from '@tarojs/components'
import type { FieldTone } from '../FormField'
import './index.scss'

interface Props {
  /** on the textarea (in h5 Taro renders it inside a wrapper: `#id textarea`) */
  id: string
  label: string
  value: string
  placeholder?: string
  /** the most characters, also shown in the counter beside the label */
  maxlength: number
  /** a grey line under the label, e.g. what format is accepted */
  help?: string
  /** the message under the box, red for errors, grey for hints */
  message?: string
  tone?: FieldTone
  /** a taller box for long text (a post, a policy's body) */
  tall?: boolean
  /** grows with the text instead of scrolling inside a fixed box */
  autoHeight?: boolean
  onInput: (value: string) => void
  onBlur?: () => void
}

/** A labelled multi-line text with a character counter, optional help and its message underneath. */
export default function TextArea(props: Props) {
  const { id, label, value, placeholder, maxlength, help, message, tone = 'error', tall, autoHeight } = props
  const size = autoHeight ? ' text-area__input--auto' : tall ? ' text-area__input--tall' : ''
  return (
    <View className={`text-area${message && tone === 'error' ? ' text-area--error' : ''}`}>
      <View className='text-area__head'>
        <Text className='text-area__label'>{label}</Text>
        <Text className='text-area__count'>
          {value.length}/{maxlength}
        </Text>
      </View>
      {help && <Text className='text-area__help'>{help}</Text>}
      <Textarea
        id={id}
        className={`text-area__input${size}`}
        value={value}
        placeholder={placeholder}
        placeholderClass='text-area__placeholder'
        maxlength={maxlength}
        autoHeight={autoHeight}
        onInput={(e) => props.onInput(e.detail.value)}
        onBlur={() => props.onBlur?.()}
      />
      {message && <Text className={`text-area__message text-area__message--${tone}`}>{message}</Text>}
    </View>
  )
}
