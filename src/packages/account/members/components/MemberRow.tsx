import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { MEMBERSHIP_METHOD_LABELS, schemas, type Membership } from '../../../../../types'
import SubmitButton from '../../../../components/SubmitButton'
import TextArea from '../../../../components/TextArea'
import { formatDate } from '../../../../utils/time'
import { fieldErrors } from '../../../../utils/validate'

interface Props {
  member: Membership
  /** this row is the caller */
  self: boolean
  /** the caller is the enterprise's admin: 设为/取消管理员 and 移除 on others */
  manage: boolean
  busy: boolean
  onSetAdmin: (member: Membership, admin: boolean) => void
  onRemove: (member: Membership, reason: string) => Promise<boolean>
}

/** One member: name, masked phone, 管理员, how they joined; an admin's operations on others. */
export default function MemberRow({ member: m, self, manage, busy, onSetAdmin, onRemove }: Props) {
  const [removing, setRemoving] = useState(false)
  const [reason, setReason] = useState('')
  const message = fieldErrors(schemas['membership.remove'], { id: m._id, reason }).reason
  const how = m.method ? MEMBERSHIP_METHOD_LABELS[m.method] : '—'

  const confirmRemove = async () => {
    if (message) return
    if (await onRemove(m, reason.trim())) setRemoving(false)
  }

  return (
    <View className='ms-member' id={`member-${m._id}`}>
      <View className='ms-member__head'>
        <Text className='ms-member__name'>{m.name || '未填写姓名'}</Text>
        {self && <Text className='ms-member__me'>（我）</Text>}
        {m.isAdmin && <Text className='ms-tag ms-tag--admin'>管理员</Text>}
      </View>
      <Text className='ms-member__line'>
        {m.phone || '未留手机号'} · {how}
        {m.decidedAt ? ` · ${formatDate(m.decidedAt)} 加入` : ''}
      </Text>
      {manage && !self && !removing && (
        <View className='ms-member__ops'>
          <Text className='ms-member__op' id={`member-admin-${m._id}`} onClick={() => !busy && onSetAdmin(m, !m.isAdmin)}>
            {m.isAdmin ? '取消管理员' : '设为管理员'}
          </Text>
          <Text className='ms-member__op ms-member__op--danger' id={`member-remove-${m._id}`} onClick={() => !busy && setRemoving(true)}>
            移除成员
          </Text>
        </View>
      )}
      {removing && (
        <View className='ms-member__remove' id={`remove-form-${m._id}`}>
          <TextArea
            id={`remove-reason-${m._id}`}
            label={`移除“${m.name}”的原因（选填，对方可见）`}
            value={reason}
            maxlength={200}
            placeholder='如：已离职'
            message={message}
            onInput={setReason}
          />
          <Text className='ms-member__warn'>移除后对方立即失去本企业的访问权限，不能再查看企业的办件、档案和预约。</Text>
          <View className='page-actions'>
            <SubmitButton id={`remove-confirm-${m._id}`} label='确认移除' busyLabel='正在移除…' busy={busy} type='secondary' onSubmit={() => void confirmRemove()} />
            <Text className='ms-review__cancel' onClick={() => setRemoving(false)}>
              取消
            </Text>
          </View>
        </View>
      )}
    </View>
  )
}
