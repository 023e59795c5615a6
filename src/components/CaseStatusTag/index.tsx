import { Text, View } from '@tarojs/components'
import { CASE_STATUS_LABELS, ESCALATION_LABELS, type CaseStatus, type EscalationLevel } from '../../../types'
import './index.scss'

interface Props {
  status: CaseStatus
  escalationLevel?: EscalationLevel
  awaitingInfo?: boolean
}

/** colour families: waiting on staff, waiting on the enterprise, finished */
const TONE: Record<CaseStatus, string> = {
  submitted: 'wait',
  assigned: 'wait',
  in_progress: 'active',
  resolved: 'action',
  rated: 'warn',
  rectifying: 'warn',
  closed: 'done',
  withdrawn: 'done'
}

/** The status of a case, with its 督办 level and a 待补充材料 mark when the handler asked for more. */
export default function CaseStatusTag({ status, escalationLevel = 0, awaitingInfo = false }: Props) {
  const escalation = ESCALATION_LABELS[escalationLevel]
  return (
    <View className='case-status'>
      <Text className={`case-status__tag case-status__tag--${TONE[status]}`}>{CASE_STATUS_LABELS[status]}</Text>
      {escalation && <Text className='case-status__tag case-status__tag--escalated'>{escalation}</Text>}
      {awaitingInfo && <Text className='case-status__tag case-status__tag--action'>待补充材料</Text>}
    </View>
  )
}
