import { useCallback } from 'react'
import { call } from '../../../../services'
import Card from '../../../../components/Card'
import ErrorState from '../../../../components/ErrorState'
import LoadingState from '../../../../components/LoadingState'
import RecordFigures from '../../../../components/RecordFigures'
import { stewardRecordUrl } from '../../../../constants/routes'
import { useRemote } from '../../../../hooks/useRemote'
import { openPage } from '../../../../utils/nav'

interface Props {
  stewardId: string
}

/** 我的服务记录: the steward's own figures, as the public sees them on the record page. */
export default function StewardRecordCard({ stewardId }: Props) {
  const load = useCallback(() => call('steward.record', { stewardId }), [stewardId])
  const record = useRemote(load)
  let body
  if (record.data) body = <RecordFigures record={record.data} />
  else if (record.error) body = <ErrorState compact error={record.error} onRetry={() => void record.reload()} />
  else body = <LoadingState />
  return (
    <Card title='我的服务记录' extra='公开页 ›' onExtra={() => openPage(stewardRecordUrl(stewardId))} className='wb-record-card'>
      {body}
    </Card>
  )
}
