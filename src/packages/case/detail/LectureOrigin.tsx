import { Text, View } from '@tarojs/components'
import { lectureDetailUrl } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

/** A question put to a 潭商讲堂 lecturer: names the lecture and opens it. */
export default function LectureOrigin({ lecture }: { lecture: { id: string; title: string } }) {
  return (
    <View id='case-lecture' className='case-facts__origin' onClick={() => openPage(lectureDetailUrl(lecture.id))}>
      <Text>来自潭商讲堂：{lecture.title}</Text>
      <Text className='case-facts__origin-arrow'>›</Text>
    </View>
  )
}
