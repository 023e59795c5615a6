import { Switch, Text, View } from '@tarojs/components'
import { toBeijing } from '../../../utils/time'
import PickerField from '../components/PickerField'
import type { NewsForm } from './types'

/** 定时发布: off = published only with 发布; on = goes public by itself at the chosen Beijing time. */
export default function ScheduleFields({ form }: { form: NewsForm }) {
  const { values, set, message } = form
  const today = toBeijing(new Date())?.format('YYYY-MM-DD')
  return (
    <View className='pb-section'>
      <View className='pb-switch'>
        <View className='pb-switch__text'>
          <Text>定时发布</Text>
          <Text className='pb-help'>到点自动对企业可见；不开启则保存为草稿，点“发布”后可见</Text>
        </View>
        <Switch id='news-schedule' checked={values.schedule} color='#1f5fbf' onChange={(e) => set('schedule', e.detail.value)} />
      </View>
      {values.schedule && (
        <View className='pb-range'>
          <PickerField id='news-date' label='日期' mode='date' value={values.date} start={today} placeholder='选择日期' message={message('date')} onChange={(x) => set('date', x)} />
          <PickerField id='news-time' label='时间（北京时间）' mode='time' value={values.time} placeholder='选择时间' onChange={(x) => set('time', x)} />
        </View>
      )}
    </View>
  )
}
