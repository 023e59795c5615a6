import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { Me } from '../../../../types'
import { ROUTES } from '../../../constants/routes'

/** an entrepreneur of a bound enterprise: the only one who applies or books for an enterprise */
export function actsForEnterprise(me: Me): boolean {
  return me.account.role === 'entrepreneur' && me.enterprise !== null
}

export function isStaff(me: Me): boolean {
  return me.account.role !== 'guest' && me.account.role !== 'entrepreneur'
}

/** Shown instead of the application form to someone who cannot apply for an enterprise: why, and the way there. */
export default function BindGate({ me, doing }: { me: Me; doing: string }) {
  const staff = isStaff(me)
  return (
    <View className='svc-gate'>
      <Text className='svc-gate__title'>{staff ? `工作人员账号不能${doing}` : `请先绑定企业再${doing}`}</Text>
      <Text className='svc-gate__text'>
        {staff
          ? '服务申请由企业用户提交，提交后作为办件交办。您可以在“我的”中进入工作台处理办件。'
          : '申请会作为您企业的办件限时办理，办理进度和结果通知到您的企业，因此需要先绑定您所在的企业（企业名称 + 统一社会信用代码）。'}
      </Text>
      {!staff && (
        <View className='svc-gate__action' id='go-bind'>
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: ROUTES.bind })}>
            去绑定企业
          </AtButton>
        </View>
      )}
    </View>
  )
}
