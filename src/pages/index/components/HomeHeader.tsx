import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type Me } from '../../../../types'
import { ROUTES } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

interface Props {
  me: Me | null
}

/** The product name and, once known, whom the user acts for. */
export default function HomeHeader({ me }: Props) {
  return (
    <View className='home-header'>
      <Text className='home-header__name'>亲商家营商服务通</Text>
      <Text className='home-header__slogan'>企业有呼 · 服务必应</Text>
      <Identity me={me} />
    </View>
  )
}

function Identity({ me }: Props) {
  if (!me) return null
  const { account, enterprise, park } = me
  if (enterprise) {
    return (
      <View className='home-header__identity'>
        <Text className='home-header__org'>{enterprise.name}</Text>
        {park && <Text className='home-header__park'>{park.name}</Text>}
      </View>
    )
  }
  if (account.role === 'guest' || account.role === 'entrepreneur') {
    return (
      <View className='home-header__identity home-header__identity--link' onClick={() => openPage(ROUTES.bind)}>
        <Text className='home-header__org'>{me.membership?.status === 'pending' ? `${me.membership.enterpriseName} · 认证审核中 ›` : '企业认证，获取专属服务 ›'}</Text>
      </View>
    )
  }
  return (
    <View className='home-header__identity'>
      <Text className='home-header__org'>{park ? park.name : '全市'}</Text>
      <Text className='home-header__park'>{ROLE_LABELS[account.role]}</Text>
    </View>
  )
}
