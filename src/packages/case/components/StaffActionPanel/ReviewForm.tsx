import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import TextActionForm from './TextActionForm'
import { TEXT_ACTIONS } from './textActions'
import type { ActionFormProps } from './types'

type Outcome = 'rectify' | 'reject'

interface Props extends ActionFormProps {
  /** the outcomes the server allows right now */
  outcomes: Outcome[]
}

const OUTCOME_LABELS: Record<Outcome, string> = { rectify: '责令整改', reject: '不予整改' }

/** 差评复核: the rating under review, then one of the two findings. */
export default function ReviewForm({ outcomes, ...props }: Props) {
  const [chosen, setChosen] = useState<Outcome | null>(null)
  const outcome = chosen && outcomes.includes(chosen) ? chosen : outcomes[0]
  const rating = props.detail.ratingDetail
  return (
    <View className='staff-review'>
      {rating && (
        <View className='review-rating'>
          <Text className='review-rating__level'>企业评价：{rating.level}</Text>
          {rating.tags.length > 0 && <Text className='review-rating__tags'>{rating.tags.join('、')}</Text>}
          {rating.comment && <Text className='review-rating__comment'>{rating.comment}</Text>}
        </View>
      )}
      <View className='staff-choices'>
        {outcomes.map((o) => (
          <Text
            key={o}
            id={`review-outcome-${o}`}
            className={`staff-choices__item${o === outcome ? ' staff-choices__item--on' : ''}`}
            onClick={() => setChosen(o)}
          >
            {OUTCOME_LABELS[o]}
          </Text>
        ))}
      </View>
      {/* keyed: each finding keeps its own draft */}
      <TextActionForm key={outcome} spec={outcome === 'rectify' ? TEXT_ACTIONS.reviewRectify : TEXT_ACTIONS.reviewReject} {...props} />
    </View>
  )
}
