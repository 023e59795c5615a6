import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import RecordFigures from '../../../components/RecordFigures'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import '../workbench.scss'

/** below this many resolved cases a share says little */
const FEW_CASES = 5

const EXPLANATIONS: Array<[string, string]> = [
  ['首次响应（中位数）', '从企业提交问题到这位管家第一次受理、答复或办结所用的时间，取最近办件（最多1000件）的中位数：一半办件比它快，一半比它慢，不会被个别特别快或特别慢的办件带偏。'],
  ['按时办结率', '这位管家办结的办件中，在办结期限内办结的比例。期限按法定工作日计算，节假日和调休上班日都已计入。'],
  ['满意率', '这位管家办结并已收到企业评价的办件中，评价为“非常满意”“满意”“基本满意”的比例；“不满意”“非常不满意”为差评。']
]

/** A steward's public record: open to anyone, computed by the system from real cases. */
export default function StewardRecordPage() {
  const { params } = useRouter()
  const stewardId = params.stewardId ?? ''
  const load = useCallback(() => call('steward.record', { stewardId }), [stewardId])
  const record = useRemote(load, stewardId !== '')

  if (!stewardId) {
    return (
      <View className='page workbench wb-record'>
        <EmptyState text='未指定企业管家' />
      </View>
    )
  }
  if (!record.data) {
    return (
      <View className='page workbench wb-record'>
        <RemotePending remote={record} />
      </View>
    )
  }
  const r = record.data
  return (
    <View className='page workbench wb-record'>
      <View className='wb-record__head'>
        <Text className='wb-record__name'>{r.name}</Text>
        <Text className='wb-record__park'>企业管家 · {r.parkName}</Text>
      </View>
      <Card>
        <RecordFigures record={r} />
        <Text className='wb-record__counts'>
          累计办结 {r.resolvedCount} 件，收到企业评价 {r.ratedCount} 件
        </Text>
        {r.resolvedCount < FEW_CASES && <Text className='wb-record__few'>办件数量较少，数字仅供参考。</Text>}
      </Card>
      <Card title='这些数字怎么来的'>
        {EXPLANATIONS.map(([term, text]) => (
          <View key={term} className='wb-record__explain'>
            <Text className='wb-record__term'>{term}</Text>
            <Text className='wb-record__text'>{text}</Text>
          </View>
        ))}
        <Text className='wb-record__source'>以上数字全部来自本平台的真实办件，由系统自动计算，管家本人和管理人员都不能修改。</Text>
      </Card>
    </View>
  )
}
