import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../../services'
import { ROUTES } from '../../../../constants/routes'
import { useRemote } from '../../../../hooks/useRemote'
import { openPage } from '../../../../utils/nav'

/**
 * Says so when a year's official holiday arrangement is missing: deadlines falling into it
 * are counted on plain weekdays until a manager enters it. Silent if the list cannot load
 * (the cases themselves carry calendarEstimated).
 */
export default function CalendarWarning() {
  const load = useCallback(() => call('calendar.list', {}), [])
  const years = useRemote(load)
  const missing = (years.data ?? []).filter((y) => y.source === 'weekdays')
  if (missing.length === 0) return null
  return (
    <View id='calendar-warning' className='wb-warning' onClick={() => openPage(ROUTES.workbenchSettings)}>
      {missing.map((y) => (
        <Text key={y.year} className='wb-warning__text'>
          {y.year}年法定节假日安排尚未录入，期限将按周一至周五估算
        </Text>
      ))}
      <Text className='wb-warning__link'>去录入 ›</Text>
    </View>
  )
}
