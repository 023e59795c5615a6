import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CalendarSource, CalendarYear } from '../../../../../types'
import { formatDateTime } from '../../../../utils/time'
import CalendarYearEditor from './CalendarYearEditor'

interface Props {
  year: CalendarYear
  /** the city admin; park managers only read the calendar */
  canEdit: boolean
  onSaved: (year: CalendarYear) => void
}

function sourceText(y: CalendarYear): string {
  const texts: Record<CalendarSource, string> = {
    library: '官方日历（系统内置）',
    override: `已录入${y.updatedByName ? `（${y.updatedByName}，${formatDateTime(y.updatedAt)}）` : ''}：放假 ${y.holidays.length} 天，调休上班 ${y.workdays.length} 天`,
    weekdays: '尚未录入：期限暂按周一至周五估算'
  }
  return texts[y.source]
}

/** One year of the calendar: where its working days come from, and the editor when it has no official data. */
export default function CalendarYearRow({ year, canEdit, onSaved }: Props) {
  const editable = canEdit && year.source !== 'library'
  // a year without data opens ready to fill in; an entered one opens on request
  const [open, setOpen] = useState(editable && year.source === 'weekdays')
  return (
    <View id={`calendar-year-${year.year}`} className={`calendar-year calendar-year--${year.source}`}>
      <View className='calendar-year__head'>
        <Text className='calendar-year__year'>{year.year}年</Text>
        {editable && !open && (
          <Text id={`calendar-${year.year}-edit`} className='calendar-year__edit' onClick={() => setOpen(true)}>
            修改
          </Text>
        )}
      </View>
      <Text className='calendar-year__source'>{sourceText(year)}</Text>
      {editable && open && (
        <CalendarYearEditor
          key={`${year.year}-${year.updatedAt ?? ''}`}
          year={year}
          onSaved={(next) => {
            setOpen(false)
            onSaved(next)
          }}
        />
      )}
    </View>
  )
}
