import { Text } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import ErrorState from '../../../components/ErrorState'
import LoadingState from '../../../components/LoadingState'
import RecordFigures from '../../../components/RecordFigures'
import { stewardRecordUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'

/** The steward's public service record (steward.record), computed from real cases. */
export default function RecordSection({ stewardId }: { stewardId: string }) {
  const load = useCallback(() => call('steward.record', { stewardId }), [stewardId])
  const record = useRemote(load)
  return (
    <Card title='服务记录' extra='数字怎么来的' onExtra={() => openPage(stewardRecordUrl(stewardId))}>
      {record.data ? (
        <>
          <RecordFigures record={record.data} />
          <Text className='st-line'>
            累计办结 {record.data.resolvedCount} 件，收到企业评价 {record.data.ratedCount} 件。数字由系统根据真实办件自动计算。
          </Text>
        </>
      ) : record.error ? (
        <ErrorState compact error={record.error} onRetry={() => void record.reload()} />
      ) : (
        <LoadingState />
      )}
    </Card>
  )
}
