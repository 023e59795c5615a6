import { View } from '@tarojs/components'
import PickerField from '../components/PickerField'
import type { PolicyEditor } from './types'

const DATES = [
  ['effectiveFrom', '生效日期'],
  ['expiresOn', '失效日期'],
  ['applyFrom', '申报开始日期'],
  ['applyUntil', '申报截止日期']
] as const

/** 生效/失效 and the application window; every date optional (Beijing calendar days) */
export default function PolicyDates({ editor }: { editor: PolicyEditor }) {
  const { values, set, message } = editor
  return (
    <View className='mg-section mg-dates'>
      {DATES.map(([key, label]) => (
        <PickerField key={key} id={`policy-${key}`} label={label} mode='date' value={values[key]} placeholder='未设置（不限）' clearable message={message(key)} onChange={(x) => set(key, x)} />
      ))}
    </View>
  )
}
