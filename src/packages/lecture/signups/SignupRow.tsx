import { Text, View } from '@tarojs/components'
import { LECTURE_SIGNUP_STATE_LABELS, type LectureSignupRow } from '../../../../types'
import { formatDateTime, toBeijing } from '../../../utils/time'

function stateLabel(r: LectureSignupRow): string {
  if (r.state === 'waitlisted' && r.position) return `候补第${r.position}位`
  return LECTURE_SIGNUP_STATE_LABELS[r.state]
}

/** One attendee as the organiser sees them: name, phone, enterprise, state and the check-in mark. */
export default function SignupRow({ row: r }: { row: LectureSignupRow }) {
  return (
    <View id={`signup-${r.userId}`} className='lec-row'>
      <View className='lec-row__head'>
        <Text className='lec-row__name'>{r.name}</Text>
        <Text className='lec-row__phone'>{r.phone}</Text>
        <Text className={`lec-tag lec-tag--${r.state}`}>{stateLabel(r)}</Text>
      </View>
      <Text className='lec-row__meta'>{r.enterpriseName}</Text>
      <View className='lec-row__foot'>
        <Text className='lec-row__meta'>报名 {formatDateTime(r.signedUpAt)}</Text>
        {r.checkedIn ? (
          <Text className='lec-row__checked'>✓ 已签到 {toBeijing(r.checkedInAt)?.format('HH:mm') ?? ''}</Text>
        ) : (
          r.state === 'confirmed' && <Text className='lec-row__unchecked'>未签到</Text>
        )}
      </View>
    </View>
  )
}
