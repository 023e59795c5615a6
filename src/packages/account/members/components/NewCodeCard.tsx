import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { MemberInvite } from '../../../../../types'
import { formatDateTime } from '../../../../utils/time'

/** The code just created, large enough to read out, with 复制 and (in WeChat) a share card. */
export default function NewCodeCard({ invite }: { invite: MemberInvite }) {
  const copy = () => void Taro.setClipboardData({ data: invite.code })
  return (
    <View className='ms-invite' id='new-member-invite'>
      <Text className='ms-invite__label'>新的企业邀请码{invite.note ? `（${invite.note}）` : ''}</Text>
      <Text className='ms-invite__code' id='new-member-invite-code' userSelect>
        {invite.code}
      </Text>
      <Text className='ms-invite__hint'>
        有效期至 {formatDateTime(invite.expiresAt)}，只能使用一次。同事在“我的 → 申请企业认证 → 使用企业邀请码加入”输入即可加入{invite.enterpriseName}。
      </Text>
      <View className='ms-invite__buttons'>
        <AtButton type='primary' size='small' onClick={copy}>
          复制邀请码
        </AtButton>
        {process.env.TARO_ENV === 'weapp' && (
          <Button id='member-invite-share' className='at-button at-button--small at-button--secondary' openType='share' data-code={invite.code}>
            发送给同事
          </Button>
        )}
      </View>
    </View>
  )
}
