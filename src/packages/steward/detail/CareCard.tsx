import { Text } from '@tarojs/components'
import type { StewardEnterprise } from '../../../../types'
import Card from '../../../components/Card'

/** The enterprises in this steward's care (only the steward, the park's managers and the admin get the list). */
export default function CareCard({ enterprises }: { enterprises: StewardEnterprise[] }) {
  return (
    <Card title={`负责的企业（${enterprises.length}）`}>
      {enterprises.length === 0 && <Text className='st-line'>暂未负责企业。</Text>}
      {enterprises.map((e) => (
        <Text key={e._id} className='st-line'>
          {e.name}
        </Text>
      ))}
    </Card>
  )
}
