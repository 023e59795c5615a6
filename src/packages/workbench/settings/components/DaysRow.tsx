import { Input, Text, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  value: string
  /** managers see the settings without changing them */
  readOnly: boolean
  message?: string
  onInput: (value: string) => void
}

/** One deadline setting: a number of working days. */
export default function DaysRow({ id, label, value, readOnly, message, onInput }: Props) {
  return (
    <View className={`days-row${message ? ' days-row--error' : ''}`}>
      <View className='days-row__line'>
        <Text className='days-row__label'>{label}</Text>
        {readOnly ? (
          <Text id={id} className='days-row__value'>
            {value}
          </Text>
        ) : (
          <Input id={id} className='days-row__input' type='number' maxlength={2} value={value} onInput={(e) => onInput(e.detail.value)} />
        )}
        <Text className='days-row__unit'>个工作日</Text>
      </View>
      {message && <Text className='days-row__message'>{message}</Text>}
    </View>
  )
}
