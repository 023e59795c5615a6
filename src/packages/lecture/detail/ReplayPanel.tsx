import { Text, Video, View } from '@tarojs/components'
import type { LectureDetail } from '../../../../types'
import Card from '../../../components/Card'
import { fileUrl } from '../../../services'
import { openDocument } from '../../../services/openFile'

/** After the lecture: the replay video and the slides (opened by the system viewer, or the browser). */
export default function ReplayPanel({ lecture: l }: { lecture: LectureDetail }) {
  if (!l.replayUrl && l.slides.length === 0) return null
  return (
    <Card title='回放与课件'>
      <View className='lec-replay'>
        {l.replayUrl && <Video id='lecture-replay' className='lec-replay__video' src={fileUrl(l.replayUrl)} controls showFullscreenBtn title={l.title} />}
        {l.slides.map((s, i) => (
          <View key={`${i}-${s.url}`} id={`lecture-slide-${i}`} className='lec-replay__slide' onClick={() => void openDocument({ fileID: s.url, name: s.name, size: 0, kind: 'file' })}>
            <Text className='lec-replay__name'>{s.name}</Text>
            <Text className='lec-link'>打开课件</Text>
          </View>
        ))}
      </View>
    </Card>
  )
}
