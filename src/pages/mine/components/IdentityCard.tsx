import { Text, View } from '@tarojs/components'
import { MEMBERSHIP_STATUS_LABELS, ROLE_LABELS, type Me, type MembershipStatus } from '../../../../types'
import { formatDateTime } from '../../../utils/time'

/** a request still open, or one whose outcome the person should read (the reason) */
const SHOWN: MembershipStatus[] = ['pending', 'rejected', 'removed']

interface Props {
  me: Me
}

/** Name, role and what the account is tied to: the enterprise (and where its 企业认证 stands) for users, the park for staff. */
export default function IdentityCard({ me }: Props) {
  const { account, enterprise, park, devMode, membership } = me
  const staff = account.role === 'steward' || account.role === 'manager' || account.role === 'admin'
  const approved = enterprise && membership?.status === 'approved'
  return (
    <View className='identity-card'>
      <View className='identity-card__top'>
        <View className='identity-card__avatar'>
          <Text>{(account.name || '访').slice(0, 1)}</Text>
        </View>
        <View className='identity-card__who'>
          <View className='identity-card__name-row'>
            <Text className='identity-card__name'>{account.name || '未填写姓名'}</Text>
            <Text className='identity-card__role'>{ROLE_LABELS[account.role]}</Text>
            {devMode && <Text className='identity-card__dev'>开发环境</Text>}
          </View>
          {account.phone && <Text className='identity-card__phone'>{account.phone}</Text>}
        </View>
      </View>

      {enterprise && (
        <View className='identity-card__org' id='identity-enterprise'>
          <View className='identity-card__label-row'>
            <Text className='identity-card__label'>所属企业</Text>
            {approved && <Text className='identity-card__state identity-card__state--approved'>已认证</Text>}
            {membership?.isAdmin && <Text className='identity-card__state identity-card__state--admin'>企业管理员</Text>}
          </View>
          <Text className='identity-card__org-name'>{enterprise.name}</Text>
          <Text className='identity-card__detail'>统一社会信用代码：{enterprise.creditCode}</Text>
          {park && <Text className='identity-card__detail'>所在园区：{park.name}</Text>}
        </View>
      )}

      {!enterprise && !staff && membership && SHOWN.includes(membership.status) && (
        <View className='identity-card__org' id='identity-membership'>
          <View className='identity-card__label-row'>
            <Text className='identity-card__label'>企业认证</Text>
            <Text className={`identity-card__state identity-card__state--${membership.status}`}>{MEMBERSHIP_STATUS_LABELS[membership.status]}</Text>
          </View>
          <Text className='identity-card__org-name'>{membership.enterpriseName}</Text>
          {membership.status === 'pending' && (
            <Text className='identity-card__detail'>认证审核中：{formatDateTime(membership.createdAt)} 提交，园区审核通过后即可以企业名义办理。</Text>
          )}
          {(membership.status === 'rejected' || membership.status === 'removed') && membership.reason && (
            <Text className='identity-card__detail identity-card__detail--danger'>
              {membership.status === 'rejected' ? '未通过原因' : '移除原因'}：{membership.reason}
            </Text>
          )}
        </View>
      )}

      {!enterprise && !staff && (!membership || !SHOWN.includes(membership.status)) && (
        <View className='identity-card__org'>
          <Text className='identity-card__detail'>尚未认证企业。通过企业认证后可获得企业管家一对一服务、办理企业事项和适用政策提醒。</Text>
        </View>
      )}

      {!enterprise && staff && (
        <View className='identity-card__org'>
          <Text className='identity-card__label'>所属园区</Text>
          <Text className='identity-card__org-name'>{park ? park.name : '全市（市级）'}</Text>
          {park?.district && <Text className='identity-card__detail'>{park.district}</Text>}
        </View>
      )}
    </View>
  )
}
