import { Input, Text, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  unit: string
  value: string
  hint?: string
  message?: string
  onInput: (value: string) => void
}

/** One number of a rate-limit rule. */
export default function LimitRow({ id, label, unit, value, hint, message, onInput }: Props) {
  return (
    <View className={`limit-row${message ? ' limit-row--error' : ''}`}>
      <View className='limit-row__line'>
        <Text className='limit-row__label'>{label}</Text>
        <Input id={id} className='limit-row__input' type='number' maxlength={6} value={value} onInput={(e) => onInput(e.detail.value)} />
        <Text className='limit-row__unit'>{unit}</Text>
      </View>
      {message ? <Text className='limit-row__message'>{message}</Text> : hint ? <Text className='limit-row__hint'>{hint}</Text> : null}
    </View>
  )
}
