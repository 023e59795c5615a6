import { Text, View } from '@tarojs/components'
import type { LectureDetail } from '../../../../types'
import Card from '../../../components/Card'
import { formatDateTime } from '../../../utils/time'
import CheckinQr from './CheckinQr'

/**
 * The code the organiser shows at the venue (on a screen or printed). Attendees type it on the
 * lecture page, or scan its QR in the mini-program; the text stays for those who cannot scan.
 */
export default function CheckinCodeCard({ lecture: l }: { lecture: LectureDetail }) {
  const opensAt = new Date(Date.parse(l.startsAt) - 30 * 60_000).toISOString()
  return (
    <Card title='现场签到码'>
      <View className='lec-code'>
        {l.checkinCode && <CheckinQr code={l.checkinCode} />}
        <Text id='checkin-code-display' className='lec-code__value'>
          {l.checkinCode ?? ''}
        </Text>
        <Text className='lec-code__state'>{l.checkinOpen ? '签到进行中' : l.phase === 'ended' ? '讲座已结束，签到已关闭' : `签到于 ${formatDateTime(opensAt)} 开放`}</Text>
        <Text className='lec-help'>请在现场投屏或张贴此签到码；已报名的参会者在小程序讲座页面扫码，或输入签到码完成签到（开讲前30分钟至结束）。</Text>
      </View>
    </Card>
  )
}
