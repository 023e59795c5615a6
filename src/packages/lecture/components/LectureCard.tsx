import { Text, View } from '@tarojs/components'
import type { LectureSummary } from '../../../../types'
import { isFull, lectureTimeLabel, myStateTag, placeLabel, ratingLabel, seatsLabel } from '../labels'

interface Props {
  lecture: LectureSummary
  onOpen: (lecture: LectureSummary) => void
}

/** One lecture in the list: title, speaker, Beijing time, place or 线上, seats, the caller's state and the replay. */
export default function LectureCard({ lecture: l, onOpen }: Props) {
  const mine = myStateTag(l.mySignup)
  const seats = seatsLabel(l)
  const rating = l.phase === 'ended' ? ratingLabel(l) : null
  return (
    <View id={`lecture-${l._id}`} className='lec-card' onClick={() => onOpen(l)}>
      <View className='lec-card__head'>
        <Text className='lec-card__title'>{l.title}</Text>
      </View>
      <View className='lec-card__tags'>
        {l.phase === 'ongoing' && <Text className='lec-tag lec-tag--live'>进行中</Text>}
        {mine && <Text className='lec-tag lec-tag--mine'>{mine}</Text>}
        {l.hasReplay && <Text className='lec-tag'>可看回放</Text>}
        {l.mode === 'online' && <Text className='lec-tag lec-tag--plain'>线上</Text>}
      </View>
      <Text className='lec-card__line'>
        主讲：{l.speaker}
        {l.speakerTitle ? ` · ${l.speakerTitle}` : ''}
      </Text>
      <Text className='lec-card__line'>时间：{lectureTimeLabel(l.startsAt, l.endsAt)}</Text>
      <Text className='lec-card__line'>{l.mode === 'online' ? '方式' : '地点'}：{placeLabel(l)}</Text>
      {(seats || rating) && (
        <View className='lec-card__foot'>
          {seats && <Text className={`lec-card__seats${isFull(l) ? ' lec-card__seats--full' : ''}`}>{seats}</Text>}
          {rating && <Text className='lec-card__rating'>{rating}</Text>}
        </View>
      )}
    </View>
  )
}
