import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { Me } from '../../../../types'
import { ROUTES } from '../../../constants/routes'
import { GO_VERIFY, PENDING_TEXT, PENDING_TITLE } from '../../../utils/membership'

interface Props {
  /** a steward, manager or admin (they work cases rather than submit them) */
  staff: boolean
  /** what the person was about to do, e.g. 提交咨询 */
  doing: string
  /** the caller's 企业认证申请 is 待认证 */
  pending?: boolean
}

/** true when this person can submit and follow cases as an enterprise */
export function canActAsEnterprise(me: Me): boolean {
  return me.account.role === 'entrepreneur' && me.enterprise !== null
}

export function isStaff(me: Me): boolean {
  return me.account.role !== 'guest' && me.account.role !== 'entrepreneur'
}

/** Shown instead of a form to someone who has not bound an enterprise: why, and the way there. */
export default function BindGate({ staff, doing, pending = false }: Props) {
  return (
    <View className='bind-gate'>
      <Text className='bind-gate__title'>{staff ? `工作人员账号不能${doing}` : pending ? PENDING_TITLE : `请先完成企业认证再${doing}`}</Text>
      <Text className='bind-gate__text'>
        {staff
          ? '咨询、投诉和评价由企业用户提交。您可以在“我的”中进入工作台处理办件。'
          : pending
            ? PENDING_TEXT
            : '办件要交办给您企业的企业管家并限时办理，办理进度和结果也会通知到您的企业，因此需要先认证为您所在企业的成员（提交企业认证申请经园区审核，或使用企业管理员发放的邀请码）。'}
      </Text>
      {!staff && (
        <View className='bind-gate__action' id='go-bind'>
          <AtButton type={pending ? 'secondary' : 'primary'} onClick={() => void Taro.redirectTo({ url: ROUTES.bind })}>
            {pending ? '查看认证进度' : GO_VERIFY}
          </AtButton>
        </View>
      )}
    </View>
  )
}
