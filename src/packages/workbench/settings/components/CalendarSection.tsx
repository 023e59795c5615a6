import { Text } from '@tarojs/components'
import { useCallback } from 'react'
import type { CalendarYear } from '../../../../../types'
import { call } from '../../../../services'
import Card from '../../../../components/Card'
import RemotePending from '../../../../components/RemotePending'
import { useRemote } from '../../../../hooks/useRemote'
import CalendarYearRow from './CalendarYearRow'

interface Props {
  /** why the caller may only read the calendar (a park manager), or null for the city admin */
  readOnlyReason: string | null
}

/** 节假日日历: the current and next years and where their working days come from. */
export default function CalendarSection({ readOnlyReason }: Props) {
  const load = useCallback(() => call('calendar.list', {}), [])
  const years = useRemote(load)
  const saved = (next: CalendarYear) => years.setData((years.data ?? []).map((y) => (y.year === next.year ? next : y)))

  return (
    <Card title='节假日日历' className='wb-calendar'>
      <Text className='wb-section-note'>
        期限按法定工作日计算，调休上班日计入。系统尚未内置某年的官方安排时，请按国务院办公厅公布的放假通知录入；录入前该年期限按周一至周五估算。
      </Text>
      {readOnlyReason && (
        <Text id='calendar-read-only' className='wb-section-note wb-section-note--scope'>
          {readOnlyReason}。如某年尚未录入，请联系市营商环境协调事务中心。
        </Text>
      )}
      {years.data ? (
        years.data.map((y) => <CalendarYearRow key={y.year} year={y} canEdit={!readOnlyReason} onSaved={saved} />)
      ) : (
        <RemotePending remote={years} />
      )}
    </Card>
  )
}
