import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { Me } from '../../../../types'
import { ROUTES } from '../../../constants/routes'
import { GO_VERIFY, isPendingMember, PENDING_TEXT, PENDING_TITLE } from '../../../utils/membership'

/** an approved member of an enterprise: the only one who applies or books for an enterprise */
export function actsForEnterprise(me: Me): boolean {
  return me.account.role === 'entrepreneur' && me.enterprise !== null
}

export function isStaff(me: Me): boolean {
  return me.account.role !== 'guest' && me.account.role !== 'entrepreneur'
}

/** Shown instead of the application form to someone who cannot apply for an enterprise: why, and the way there. */
export default function BindGate({ me, doing }: { me: Me; doing: string }) {
  const staff = isStaff(me)
  const pending = isPendingMember(me)
  return (
    <View className='svc-gate'>
      <Text className='svc-gate__title'>{staff ? `工作人员账号不能${doing}` : pending ? PENDING_TITLE : `请先完成企业认证再${doing}`}</Text>
      <Text className='svc-gate__text'>
        {staff
          ? '服务申请由企业用户提交，提交后作为办件交办。您可以在“我的”中进入工作台处理办件。'
          : pending
            ? PENDING_TEXT
            : '申请会作为您企业的办件限时办理，办理进度和结果通知到您的企业，因此需要先认证为您所在企业的成员（提交企业认证申请经园区审核，或使用企业管理员发放的邀请码）。'}
      </Text>
      {!staff && (
        <View className='svc-gate__action' id='go-bind'>
          <AtButton type={pending ? 'secondary' : 'primary'} onClick={() => void Taro.navigateTo({ url: ROUTES.bind })}>
            {pending ? '查看认证进度' : GO_VERIFY}
          </AtButton>
        </View>
      )}
    </View>
  )
}
