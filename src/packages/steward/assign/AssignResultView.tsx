import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { StewardAssignResult } from '../../../../types'
import Card from '../../../components/Card'

interface Props {
  result: StewardAssignResult
  onAgain: () => void
  onHistory: () => void
}

/** What the assignment did: how many changed, what stays with the previous steward, each change. */
export default function AssignResultView({ result, onAgain, onHistory }: Props) {
  return (
    <View id='assign-result'>
      <Card title={result.changed > 0 ? '指派完成' : '未作变更'} className='st-result'>
        <Text className='st-result__note'>{result.note}</Text>
      </Card>
      {result.records.length > 0 && (
        <Card title='本次变更'>
          {result.records.map((r) => (
            <View key={r._id} className='st-row'>
              <View className='st-row__body'>
                <Text className='st-row__name'>{r.enterpriseName}</Text>
                <Text className='st-row__meta'>
                  {r.fromStewardName ?? '未分配'} → {r.toStewardName}
                </Text>
              </View>
            </View>
          ))}
        </Card>
      )}
      <View className='page-actions'>
        <View id='assign-again'>
          <AtButton type='primary' onClick={onAgain}>
            继续指派
          </AtButton>
        </View>
        <View id='assign-history'>
          <AtButton type='secondary' onClick={onHistory}>
            查看变更记录
          </AtButton>
        </View>
      </View>
    </View>
  )
}
