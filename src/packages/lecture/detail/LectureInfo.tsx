import { Text, View } from '@tarojs/components'
import type { LectureDetail } from '../../../../types'
import Card from '../../../components/Card'
import { isFull, lectureTimeLabel, myStateTag, PHASE_LABELS, placeLabel, ratingLabel, seatsLabel } from '../labels'

/** The head of the lecture page: title, state, speaker, Beijing time, place and seats. */
export default function LectureInfo({ lecture: l }: { lecture: LectureDetail }) {
  const mine = myStateTag(l.mySignup)
  const seats = seatsLabel(l)
  const rating = ratingLabel(l)
  return (
    <Card>
      <View className='lec-info'>
        <Text className='lec-info__title'>{l.title}</Text>
        <View className='lec-card__tags'>
          <Text className={`lec-tag${l.phase === 'ongoing' ? ' lec-tag--live' : l.phase === 'ended' ? ' lec-tag--plain' : ''}`}>{PHASE_LABELS[l.phase]}</Text>
          {mine && (
            <Text id='lecture-my-state' className='lec-tag lec-tag--mine'>
              {mine}
            </Text>
          )}
        </View>
        <View className='lec-info__row'>
          <Text className='lec-info__key'>主讲</Text>
          <Text className='lec-info__value'>
            {l.speaker}
            {l.speakerTitle ? `（${l.speakerTitle}）` : ''}
          </Text>
        </View>
        <View className='lec-info__row'>
          <Text className='lec-info__key'>时间</Text>
          <Text className='lec-info__value'>{lectureTimeLabel(l.startsAt, l.endsAt)}（北京时间）</Text>
        </View>
        <View className='lec-info__row'>
          <Text className='lec-info__key'>{l.mode === 'online' ? '方式' : '地点'}</Text>
          <Text className='lec-info__value'>{placeLabel(l)}</Text>
        </View>
        <View className='lec-info__row'>
          <Text className='lec-info__key'>名额</Text>
          <Text className='lec-info__value'>
            共 {l.capacity} 席，已报名 {l.confirmed} 人{l.waitlisted > 0 ? `，候补 ${l.waitlisted} 人` : ''}
            {seats && <Text className={`lec-info__seats${isFull(l) ? ' lec-info__seats--full' : ''}`}>{` · ${seats}`}</Text>}
          </Text>
        </View>
        {rating && (
          <View className='lec-info__row'>
            <Text className='lec-info__key'>评分</Text>
            <Text className='lec-info__value'>{rating}</Text>
          </View>
        )}
      </View>
    </Card>
  )
}
