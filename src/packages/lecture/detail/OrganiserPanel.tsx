import { Text, View } from '@tarojs/components'
import type { LectureDetail } from '../../../../types'
import Card from '../../../components/Card'
import { lectureEditUrl, lectureSignupsUrl } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

/** For the organiser (canManage): edit the lecture, and the sign-up list with the check-in code. */
export default function OrganiserPanel({ lecture: l }: { lecture: LectureDetail }) {
  return (
    <Card title='讲堂管理'>
      <View className='lec-organiser'>
        <Text className='lec-organiser__figures'>
          已报名 {l.confirmed}/{l.capacity} · 候补 {l.waitlisted}
        </Text>
        <View className='lec-organiser__links'>
          <Text id='lecture-signups' className='lec-link' onClick={() => openPage(lectureSignupsUrl(l._id))}>
            报名名单 · 签到码
          </Text>
          <Text id='lecture-edit' className='lec-link' onClick={() => openPage(lectureEditUrl(l._id))}>
            编辑讲座
          </Text>
        </View>
      </View>
    </Card>
  )
}
