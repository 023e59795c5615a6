import { Picker, Text, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  mode: 'date' | 'time'
  /** 'YYYY-MM-DD' or 'HH:mm'; '' = not set */
  value: string
  placeholder: string
  /** the earliest day offered ('YYYY-MM-DD') */
  start?: string
  message?: string
  onChange: (value: string) => void
}

/** A date or time chosen with the system picker, shown as text. */
export default function PickerField({ id, label, mode, value, placeholder, start, message, onChange }: Props) {
  return (
    <View id={id} className={`pb-picker${message ? ' pb-picker--error' : ''}`}>
      <Text className='pb-picker__label'>{label}</Text>
      <Picker mode={mode} value={value} start={start} onChange={(e) => onChange(String(e.detail.value))}>
        <Text className={`pb-picker__value${value ? '' : ' pb-picker__value--empty'}`}>{value || placeholder}</Text>
      </Picker>
      {message && <Text className='pb-picker__message'>{message}</Text>}
    </View>
  )
}
