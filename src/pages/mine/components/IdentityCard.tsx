import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type Me } from '../../../../types'

interface Props {
  me: Me
}

/** Name, role and what the account is tied to: the enterprise for users, the park for staff. */
export default function IdentityCard({ me }: Props) {
  const { account, enterprise, park, devMode } = me
  const staff = account.role === 'steward' || account.role === 'manager' || account.role === 'admin'
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
        <View className='identity-card__org'>
          <Text className='identity-card__label'>绑定企业</Text>
          <Text className='identity-card__org-name'>{enterprise.name}</Text>
          <Text className='identity-card__detail'>统一社会信用代码：{enterprise.creditCode}</Text>
          {park && <Text className='identity-card__detail'>所在园区：{park.name}</Text>}
        </View>
      )}

      {!enterprise && staff && (
        <View className='identity-card__org'>
          <Text className='identity-card__label'>所属园区</Text>
          <Text className='identity-card__org-name'>{park ? park.name : '全市（市级）'}</Text>
          {park?.district && <Text className='identity-card__detail'>{park.district}</Text>}
        </View>
      )}

      {account.role === 'guest' && (
        <View className='identity-card__org'>
          <Text className='identity-card__detail'>尚未绑定企业。绑定后可获得企业管家一对一服务和适用政策提醒。</Text>
        </View>
      )}
    </View>
  )
}
