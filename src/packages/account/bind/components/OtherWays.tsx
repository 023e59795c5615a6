import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { UiError } from '../../../../utils/errors'

interface Props {
  devMode: boolean
  /** the 电子营业执照 authorisation is running */
  authorising: boolean
  /** its last failure (LICENSE_AUTH_UNAVAILABLE points to the other ways) */
  authError: UiError | null
  onInviteCode: () => void
  onLicenseAuth: () => void
}

/** The two other ways in: a colleague's 企业邀请码, and the 电子营业执照 authorisation. */
export default function OtherWays({ devMode, authorising, authError, onInviteCode, onLicenseAuth }: Props) {
  return (
    <View className='ms-ways'>
      <Text className='ms-ways__title'>其他认证方式</Text>
      <View className='ms-way' id='way-invite' onClick={onInviteCode}>
        <View className='ms-way__body'>
          <Text className='ms-way__name'>使用企业邀请码加入</Text>
          <Text className='ms-way__text'>企业已有管理员时，请其在“我的 → 企业成员 → 邀请同事”生成邀请码，输入后立即加入，无需等待审核。</Text>
        </View>
        <Text className='ms-way__arrow'>›</Text>
      </View>
      <View className='ms-way ms-way--column' id='way-license'>
        <View className='ms-way__name-row'>
          <Text className='ms-way__name'>电子营业执照授权</Text>
          {devMode && <Text className='ms-tag ms-tag--dev'>仅供开发环境</Text>}
        </View>
        <Text className='ms-way__text'>
          {devMode
            ? '开发环境中以模拟授权代替微信内的电子营业执照授权：按上方填写的企业名称、统一社会信用代码和申请身份直接通过认证。正式环境不提供此模拟。'
            : '法定代表人或其授权的经办人可通过微信中的电子营业执照授权，验证后立即通过认证。请先在上方填写企业名称、统一社会信用代码并选择申请身份。'}
        </Text>
        {authError && (
          <View className='ms-way__error' id='license-auth-error'>
            <Text>{authError.message}</Text>
            {authError.code === 'LICENSE_AUTH_UNAVAILABLE' && <Text className='ms-way__hint'>您可以提交上方的认证申请由园区审核，或使用企业邀请码加入。</Text>}
          </View>
        )}
        <View className='ms-way__action'>
          <AtButton size='small' type='secondary' loading={authorising} disabled={authorising} onClick={onLicenseAuth}>
            {authorising ? '正在授权…' : devMode ? '模拟电子营业执照授权' : '使用电子营业执照授权'}
          </AtButton>
        </View>
      </View>
    </View>
  )
}
