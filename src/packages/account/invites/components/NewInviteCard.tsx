import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { Invite } from '../../../../../types'
import { INVITE_ROLE_LABELS } from '../../../../constants/invites'
import { formatDateTime } from '../../../../utils/time'

interface Props {
  invite: Invite
  parkName?: string
}

/** The code just issued, large enough to read out, with a copy button. */
export default function NewInviteCard({ invite, parkName }: Props) {
  const copy = () => {
    void Taro.setClipboardData({ data: invite.code })
  }
  return (
    <View className='new-invite'>
      <Text className='new-invite__label'>新邀请码（{INVITE_ROLE_LABELS[invite.role]}{parkName ? ` · ${parkName}` : ''}）</Text>
      <Text className='new-invite__code' id='new-invite-code' userSelect>
        {invite.code}
      </Text>
      <Text className='new-invite__hint'>有效期至 {formatDateTime(invite.expiresAt)}，只能使用一次。请通过可靠渠道交给本人。</Text>
      <AtButton type='primary' size='small' onClick={copy}>
        复制邀请码
      </AtButton>
    </View>
  )
}
