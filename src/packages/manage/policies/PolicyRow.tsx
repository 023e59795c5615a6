import { Text, View } from '@tarojs/components'
import { POLICY_STATUS_LABELS, type PolicyDetail } from '../../../../types'
import { formatDate } from '../../../utils/time'
import { EDIT_STATUS_LABELS } from '../policy/PolicyStatusCard'

/** One policy in the console list: title, 文号, where it stands and when it last changed. */
export default function PolicyRow({ policy, onOpen }: { policy: PolicyDetail; onOpen: (p: PolicyDetail) => void }) {
  const status = policy.lifecycle?.editStatus ?? 'published'
  return (
    <View id={`policy-row-${policy._id}`} className='mg-row' onClick={() => onOpen(policy)}>
      <View className='mg-row__head'>
        <Text className='mg-row__title'>{policy.title}</Text>
        <Text className={`mg-badge mg-badge--${status}`}>{EDIT_STATUS_LABELS[status]}</Text>
      </View>
      <Text className='mg-row__meta'>
        {[policy.docNumber, policy.issuer, policy.level, status === 'published' ? POLICY_STATUS_LABELS[policy.status] : ''].filter(Boolean).join(' · ')}
      </Text>
      {policy.lifecycle && <Text className='mg-row__meta'>最近修改 {formatDate(policy.lifecycle.updatedAt)}</Text>}
    </View>
  )
}
