import { Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, type CaseSummary } from '../../../types'
import { formatShort } from '../../utils/time'
import CaseCountdown from '../CaseCountdown'
import CaseStatusTag from '../CaseStatusTag'
import './index.scss'

interface Props {
  item: CaseSummary
  onOpen: (item: CaseSummary) => void
  /** staff lists name the enterprise; the enterprise's own list names the handler */
  showEnterprise?: boolean
  /** a shared clock for the countdown (see CaseCountdown) */
  now?: number
}

/** One case in a list: number, type, category, title, status, the running deadline and who. */
export default function CaseRow({ item, onOpen, showEnterprise = false, now }: Props) {
  const who = showEnterprise ? item.enterpriseName : item.assigneeName ? `承办：${item.assigneeName}` : '待分派'
  return (
    <View id={`case-row-${item.number}`} className='case-row' onClick={() => onOpen(item)}>
      <View className='case-row__head'>
        <Text className={`case-row__type case-row__type--${item.type}`}>{CASE_TYPE_LABELS[item.type]}</Text>
        <Text className='case-row__number'>{item.number}</Text>
        <CaseStatusTag status={item.status} escalationLevel={item.escalationLevel} awaitingInfo={item.awaitingInfo} />
      </View>
      <Text className='case-row__title'>{item.title}</Text>
      <View className='case-row__meta'>
        <Text className='case-row__category'>{item.category}</Text>
        <Text className='case-row__who'>{who}</Text>
        <Text className='case-row__time'>{formatShort(item.createdAt)}</Text>
      </View>
      {item.deadline && (
        <View className='case-row__deadline'>
          <CaseCountdown deadline={item.deadline} now={now} />
        </View>
      )}
    </View>
  )
}
