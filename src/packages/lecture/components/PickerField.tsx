import { Picker, Text, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  mode: 'date' | 'time'
  /** 'YYYY-MM-DD' or 'HH:mm'; '' = not set */
  value: string
  placeholder: string
  message?: string
  onChange: (value: string) => void
}

/** A date or time chosen with the system picker, shown as text. */
export default function PickerField({ id, label, mode, value, placeholder, message, onChange }: Props) {
  return (
    <View id={id} className={`lec-picker${message ? ' lec-picker--error' : ''}`}>
      <Text className='lec-picker__label'>{label}</Text>
      <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))} className='lec-picker__picker'>
        <Text className={`lec-picker__value${value ? '' : ' lec-picker__value--empty'}`}>{value || placeholder}</Text>
      </Picker>
      {message && <Text className='lec-picker__message'>{message}</Text>}
    </View>
  )
}
