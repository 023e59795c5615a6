import { Text, View } from '@tarojs/components'
import { isBadRating, type CaseDetail } from '../../../../types'
import { formatDate, formatDateTime } from '../../../utils/time'

const REVIEW_STATE: Record<'pending' | 'rectify' | 'rejected', string> = {
  pending: '差评复核中：园区管理人员正在核实',
  rectify: '经复核，已责令整改',
  rejected: '经复核，不予整改（申诉复核）'
}

/** The enterprise's rating, and for a 差评 the manager's review and its finding. */
export default function RatingView({ detail }: { detail: CaseDetail }) {
  const rating = detail.ratingDetail
  const review = detail.review
  if (!rating && !review) return null
  return (
    <View className='rating-view'>
      {rating && (
        <View className='rating-view__rating'>
          <Text className={`rating-view__level${isBadRating(rating.level) ? ' rating-view__level--bad' : ''}`}>{rating.level}</Text>
          <Text className='rating-view__at'>{formatDateTime(rating.at)}</Text>
          {rating.tags.length > 0 && (
            <View className='rating-view__tags'>
              {rating.tags.map((t) => (
                <Text key={t} className='rating-view__tag'>
                  {t}
                </Text>
              ))}
            </View>
          )}
          {rating.comment && <Text className='rating-view__comment'>{rating.comment}</Text>}
        </View>
      )}
      {review && (
        <View className={`rating-view__review rating-view__review--${review.state}`} id='case-review'>
          <Text className='rating-view__review-state'>{REVIEW_STATE[review.state]}</Text>
          {review.note && <Text className='rating-view__review-note'>{review.note}</Text>}
          {review.state === 'rectify' && review.rectifyDueAt && (
            <Text className='rating-view__review-due'>整改时限：{formatDate(review.rectifyDueAt)}</Text>
          )}
        </View>
      )}
    </View>
  )
}
