import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { MEMBERSHIP_METHOD_LABELS, MEMBERSHIP_STATUS_LABELS, type Membership } from '../../../../../types'
import { CAPACITY_SHORT } from '../../../../utils/membership'
import { formatDateTime } from '../../../../utils/time'
import StatusRow from '../../components/StatusRow'

interface Props {
  membership: Membership
  /** 撤回申请 (pending only) */
  onWithdraw?: () => void
  withdrawing?: boolean
  /** 企业成员 (approved only) */
  onOpenMembers?: () => void
}

/** Where the caller's 企业认证 stands: 待认证 with 撤回, 已认证, or why it ended (未通过 / 已移除). */
export default function MembershipStatus({ membership: m, onWithdraw, withdrawing, onOpenMembers }: Props) {
  return (
    <View className={`ms-status ms-status--${m.status}`} id='membership-status'>
      <View className='ms-status__head'>
        <Text className='ms-status__title'>{TITLES[m.status] ?? MEMBERSHIP_STATUS_LABELS[m.status]}</Text>
        <Text className={`ms-tag ms-tag--${m.status}`}>{MEMBERSHIP_STATUS_LABELS[m.status]}</Text>
      </View>
      <StatusRow label='企业' value={m.enterpriseName} />
      <StatusRow label='申请身份' value={CAPACITY_SHORT[m.capacity]} />
      <StatusRow label='提交时间' value={formatDateTime(m.createdAt)} />
      {m.status === 'approved' && m.method && <StatusRow label='认证方式' value={MEMBERSHIP_METHOD_LABELS[m.method]} />}
      {m.decidedAt && m.status !== 'pending' && <StatusRow label='处理时间' value={`${formatDateTime(m.decidedAt)}${m.decidedByName ? ` · ${m.decidedByName}` : ''}`} />}
      {m.reason && (m.status === 'rejected' || m.status === 'removed') && (
        <View className='ms-status__reason' id='membership-reason'>
          <Text className='ms-status__reason-label'>{m.status === 'rejected' ? '未通过原因' : '移除原因'}</Text>
          <Text className='ms-status__reason-text'>{m.reason}</Text>
        </View>
      )}
      {m.status === 'pending' && (
        <>
          <Text className='ms-status__text'>
            企业管家或园区管理员将核对您上传的营业执照和授权材料，结果会通过“消息”通知您。审核期间您可以浏览政策和动态、以个人身份咨询，暂时看不到企业的办件、档案和预约。
          </Text>
          {onWithdraw && (
            <View className='ms-status__actions' id='membership-withdraw'>
              <AtButton size='small' type='secondary' loading={withdrawing} disabled={withdrawing} onClick={onWithdraw}>
                {withdrawing ? '正在撤回…' : '撤回申请'}
              </AtButton>
            </View>
          )}
        </>
      )}
      {m.status === 'rejected' && <Text className='ms-status__text'>请按原因补正材料后重新提交，或改用下方的企业邀请码加入。</Text>}
      {m.status === 'approved' && onOpenMembers && (
        <View className='ms-status__actions' id='membership-open-members'>
          <AtButton size='small' type='primary' onClick={onOpenMembers}>
            {m.isAdmin ? '管理企业成员' : '查看企业成员'}
          </AtButton>
        </View>
      )}
    </View>
  )
}

const TITLES: Partial<Record<Membership['status'], string>> = {
  pending: '认证审核中',
  approved: '已认证为企业成员',
  rejected: '认证申请未通过',
  removed: '您已被移出企业'
}

