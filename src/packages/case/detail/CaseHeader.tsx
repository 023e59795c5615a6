import { Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, type CaseDetail } from '../../../../types'
import CaseCountdown from '../../../components/CaseCountdown'
import CaseStatusTag from '../../../components/CaseStatusTag'
import { formatDateTime } from '../../../utils/time'

/** Number, type, category, status with its 督办 level, and the running deadline. */
export default function CaseHeader({ detail }: { detail: CaseDetail }) {
  return (
    <View className='case-header'>
      <View className='case-header__top'>
        <Text className={`case-header__type case-header__type--${detail.type}`}>{CASE_TYPE_LABELS[detail.type]}</Text>
        <Text id='case-number' className='case-header__number' userSelect>
          {detail.number}
        </Text>
      </View>
      <View id='case-status' className='case-header__status'>
        <Text className='case-header__category'>{detail.category}</Text>
        <CaseStatusTag status={detail.status} escalationLevel={detail.escalationLevel} awaitingInfo={detail.awaitingInfo} />
      </View>
      {detail.deadline && (
        <View className='case-header__deadline'>
          <CaseCountdown deadline={detail.deadline} />
        </View>
      )}
      {detail.pressCount > 0 && <Text className='case-header__pressed'>已被督办 {detail.pressCount} 次</Text>}
      <Text className='case-header__time'>提交于 {formatDateTime(detail.createdAt)}</Text>
    </View>
  )
}
