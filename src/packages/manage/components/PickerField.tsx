import { Picker, Text, View } from '@tarojs/components'

interface Props {
  id: string
  label: string
  mode: 'date' | 'time'
  /** 'YYYY-MM-DD' or 'HH:mm'; '' = not set */
  value: string
  placeholder: string
  /** offers 清除 when set (optional dates) */
  clearable?: boolean
  message?: string
  onChange: (value: string) => void
}

/** A date or time chosen with the system picker, shown as text, optionally cleared. */
export default function PickerField({ id, label, mode, value, placeholder, clearable, message, onChange }: Props) {
  return (
    <View id={id} className={`mg-picker${message ? ' mg-picker--error' : ''}`}>
      <Text className='mg-picker__label'>{label}</Text>
      <View className='mg-picker__row'>
        <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))} className='mg-picker__picker'>
          <Text className={`mg-picker__value${value ? '' : ' mg-picker__value--empty'}`}>{value || placeholder}</Text>
        </Picker>
        {clearable && value && (
          <Text id={`${id}-clear`} className='mg-picker__clear' onClick={() => onChange('')}>
            清除
          </Text>
        )}
      </View>
      {message && <Text className='mg-picker__message'>{message}</Text>}
    </View>
  )
}
