import { Text, View } from '@tarojs/components'
import type { StewardRecord } from '../../../types'
import { formatMinutes, formatRate } from '../../utils/recordFormat'
import './index.scss'

interface Props {
  record: StewardRecord
}

/** The three figures of a steward's record, each with what it is counted over. */
export default function RecordFigures({ record }: Props) {
  const figures = [
    { key: 'response', label: '首次响应（中位数）', value: formatMinutes(record.medianFirstResponseMinutes), basis: '从提交到首次响应' },
    { key: 'ontime', label: '按时办结率', value: formatRate(record.onTimeRate), basis: `已办结 ${record.resolvedCount} 件` },
    { key: 'satisfaction', label: '满意率', value: formatRate(record.satisfaction), basis: `收到评价 ${record.ratedCount} 件` }
  ]
  return (
    <View className='record-figures'>
      {figures.map((f) => (
        <View key={f.key} id={`record-${f.key}`} className='record-figures__item'>
          <Text className='record-figures__value'>{f.value}</Text>
          <Text className='record-figures__label'>{f.label}</Text>
          <Text className='record-figures__basis'>{f.basis}</Text>
        </View>
      ))}
    </View>
  )
}
