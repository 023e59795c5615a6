import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CaseAction } from '../../../../types'
import Card from '../../../components/Card'
import CaseTimeline from '../../../components/CaseTimeline'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
// written by the workbench (steward/manager) side; lives here because subpackages cannot import each other
import StaffActionPanel from '../components/StaffActionPanel'
import StaleNotice from '../components/StaleNotice'
import CaseFacts from './CaseFacts'
import CaseHeader from './CaseHeader'
import EnterpriseActions from './EnterpriseActions'
import RatingView from './RatingView'
import ServiceApplication from './ServiceApplication'
import { useCaseDetail } from './useCaseDetail'
import './index.scss'
import '../case.scss'

const STAFF_ACTIONS: CaseAction[] = ['accept', 'reply', 'requestInfo', 'transfer', 'resolve', 'assign', 'press', 'reviewReject', 'reviewRectify', 'revisit']

/** One case, for whoever may see it: what was asked, where it stands, its history, and what the reader may do now. */
export default function CaseDetailPage() {
  const { params } = useRouter()
  const { remote, notice, onChanged, onStale } = useCaseDetail(params.id ?? '')

  const detail = remote.data
  if (!detail) {
    return (
      <View className='page case-detail'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  const staff = detail.allowed.some((a) => STAFF_ACTIONS.includes(a))

  return (
    <View className='page case-detail'>
      <StaleNotice text={notice} />
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void remote.reload()} />}
      <Card>
        <CaseHeader detail={detail} />
        <CaseFacts detail={detail} />
      </Card>
      {detail.service && (
        <Card title='申请事项'>
          <ServiceApplication service={detail.service} />
        </Card>
      )}
      {(detail.ratingDetail || detail.review) && (
        <Card title='评价'>
          <RatingView detail={detail} />
        </Card>
      )}
      <EnterpriseActions key={`ent-${detail._id}`} detail={detail} onChanged={onChanged} onStale={onStale} />
      {staff && <StaffActionPanel detail={detail} onChanged={onChanged} onStale={onStale} />}
      <Card title='办理记录'>
        <View id='case-history'>
          <CaseTimeline events={detail.events} />
        </View>
      </Card>
    </View>
  )
}
