import { RichText, Text, Video, View } from '@tarojs/components'
import type { PolicyAttachment, PolicyDetail } from '../../../../types'
import Card from '../../../components/Card'
import { openDocument } from '../../../services/openFile'
import { fileUrl, htmlWithFileUrls } from '../../../services/upload'

const open = (a: PolicyAttachment) => void openDocument({ fileID: a.url, name: a.name, size: 0, kind: 'file' })

/** The policy itself: summary, the full text (HTML sanitised by the server), 解读 with its video, and attachments. */
export default function PolicyContent({ policy: p }: { policy: PolicyDetail }) {
  return (
    <>
      {p.summary && (
        <Card title='政策要点'>
          <Text className='policy-text' userSelect>
            {p.summary}
          </Text>
        </Card>
      )}
      {p.interpretation && (
        <Card title='政策解读'>
          <View id='policy-interpretation'>
            {p.interpretation.videoUrl && <Video id='policy-video' className='policy-video' src={fileUrl(p.interpretation.videoUrl)} controls showFullscreenBtn />}
            {p.interpretation.text
              .split('\n')
              .filter((line) => line.trim())
              .map((line, i) => (
                <Text key={i} className='policy-text' userSelect>
                  {line}
                </Text>
              ))}
          </View>
        </Card>
      )}
      <Card title='政策原文'>
        <View id='policy-body' className='policy-body'>
          <RichText nodes={htmlWithFileUrls(p.bodyHtml)} userSelect />
        </View>
      </Card>
      {p.attachments.length > 0 && (
        <Card title='附件'>
          <View className='policy-files'>
            {p.attachments.map((a, i) => (
              <View key={`${i}-${a.url}`} id={`policy-attachment-${i}`} className='policy-files__item' onClick={() => open(a)}>
                <Text className='policy-files__icon'>文</Text>
                <Text className='policy-files__name'>{a.name}</Text>
              </View>
            ))}
          </View>
        </Card>
      )}
    </>
  )
}
