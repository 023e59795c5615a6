import { Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, type RectifiedStory } from '../../../../types'
import { formatDate } from '../../../utils/time'

/** One rectified 差评, anonymised: what went wrong → what was done → the new rating. */
export default function StoryCard({ story }: { story: RectifiedStory }) {
  return (
    <View className='story' id={`story-${story._id}`}>
      <View className='story__head'>
        <Text className='story__type'>
          {CASE_TYPE_LABELS[story.type]} · {story.category}
        </Text>
        <Text className='story__date'>{formatDate(story.rectifiedAt)} 整改</Text>
      </View>
      <View className='story__step'>
        <Text className='story__label story__label--problem'>问题</Text>
        <Text className='story__text'>{story.problem}</Text>
      </View>
      <View className='story__step'>
        <Text className='story__label story__label--action'>整改</Text>
        <Text className='story__text'>{story.action}</Text>
      </View>
      <View className='story__step'>
        <Text className='story__label story__label--rating'>评价</Text>
        <Text className='story__text'>
          {story.firstRating} → {story.newRating ?? '待企业重新评价'}
        </Text>
      </View>
    </View>
  )
}
