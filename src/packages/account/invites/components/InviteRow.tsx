import { Text, View } from '@tarojs/components'
import type { Invite } from '../../../../../types'
import { INVITE_ROLE_LABELS, INVITE_STATUS_LABELS } from '../../../../constants/invites'
import { formatDate, formatDateTime } from '../../../../utils/time'

interface Props {
  invite: Invite
  parkName?: string
  onRevoke: (invite: Invite) => void
}

/** One issued code: who it is for, its state, and 撤销 while unused. */
export default function InviteRow({ invite, parkName, onRevoke }: Props) {
  return (
    <View className='invite-row'>
      <View className='invite-row__head'>
        <Text className='invite-row__code'>{invite.code}</Text>
        <Text className={`invite-row__status invite-row__status--${invite.status}`}>{INVITE_STATUS_LABELS[invite.status]}</Text>
      </View>
      <Text className='invite-row__line'>
        {INVITE_ROLE_LABELS[invite.role]} · {invite.parkId ? parkName ?? '园区' : '全市'}
        {invite.note ? ` · ${invite.note}` : ''}
      </Text>
      <Text className='invite-row__line'>
        发放于 {formatDate(invite.createdAt)}，
        {invite.status === 'used' ? `已由 ${invite.usedByName ?? '—'} 使用` : `有效期至 ${formatDateTime(invite.expiresAt)}`}
      </Text>
      {invite.status === 'unused' && (
        <View className='invite-row__actions'>
          <Text className='invite-row__revoke' onClick={() => onRevoke(invite)}>
            撤销
          </Text>
        </View>
      )}
    </View>
  )
}
