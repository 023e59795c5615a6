import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import SubmitButton from '../../../../components/SubmitButton'
import { useState } from 'react'
import type { Invite, InviteRole, Me, Park } from '../../../../../types'
import Card from '../../../../components/Card'
import ErrorState from '../../../../components/ErrorState'
import FormField from '../../../../components/FormField'
import FormNotice from '../../../../components/FormNotice'
import { INVITE_ROLE_LABELS } from '../../../../constants/invites'
import { useDraft } from '../../../../hooks/useDraft'
import { useSubmission } from '../../../../hooks/useSubmission'
import type { UiError } from '../../../../utils/errors'

interface Props {
  me: Me
  parks: Park[] | null
  parksError: UiError | null
  onRetryParks: () => void
  onCreated: (invite: Invite) => void
}

const ROLES: InviteRole[] = ['steward', 'manager']
const NOTE_MAX = 40

/**
 * Issue a code: the role, the park (a park manager's own park is fixed by the server;
 * a city admin chooses one) and an optional note.
 */
export default function InviteCreate({ me, parks, parksError, onRetryParks, onCreated }: Props) {
  const isAdmin = me.account.role === 'admin'
  const draft = useDraft<{ role: InviteRole; parkId: string; note: string }>('inviteCreate', { role: 'steward', parkId: '', note: '' })
  const { role, note } = draft.value
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission('invite.create')

  // an admin picks the park (the first by default); a manager's own park is fixed
  const parkOptions = (parks ?? []).map((p) => p.name)
  const parkIndex = Math.max(0, (parks ?? []).findIndex((p) => p._id === draft.value.parkId))
  const chosenParkId = isAdmin ? parks?.[parkIndex]?._id ?? null : me.account.parkId
  const setRole = (r: InviteRole) => draft.update({ role: r })
  const setParkIndex = (i: number) => draft.update({ parkId: parks?.[i]?._id ?? '' })
  const setNote = (v: string) => draft.update({ note: v })
  const noteError = note.trim().length > NOTE_MAX ? `备注不能超过${NOTE_MAX}个字` : undefined

  const create = async () => {
    if (noteError) return
    setError(null)
    const result = await submit({ role, parkId: chosenParkId, note: note.trim() })
    if (result.ok) {
      draft.clear()
      onCreated(result.data)
      void Taro.showToast({ title: '已生成邀请码', icon: 'success' })
    } else if (result.error) {
      setError(result.error)
    }
  }

  return (
    <Card title='发放新邀请码' className='invite-create'>
      <View className='invite-create__row'>
        <Text className='invite-create__label'>角色</Text>
        <View className='invite-create__choices'>
          {ROLES.map((r) => (
            <Text
              key={r}
              id={`invite-role-${r}`}
              className={`invite-create__choice${role === r ? ' invite-create__choice--on' : ''}`}
              onClick={() => setRole(r)}
            >
              {INVITE_ROLE_LABELS[r]}
            </Text>
          ))}
        </View>
      </View>
      <View className='invite-create__row'>
        <Text className='invite-create__label'>园区</Text>
        {isAdmin ? (
          parksError ? (
            <ErrorState compact error={parksError} onRetry={onRetryParks} />
          ) : (
            <Picker mode='selector' range={parkOptions} value={parkIndex} onChange={(e) => setParkIndex(Number(e.detail.value))}>
              <Text className='invite-create__picker'>{parkOptions[parkIndex] ?? (parks ? '暂无园区' : '正在加载园区…')} ›</Text>
            </Picker>
          )
        ) : (
          <Text className='invite-create__fixed'>{me.park?.name ?? '本园区'}（由系统按您的园区确定）</Text>
        )}
      </View>
      <FormField
        id='invite-note'
        label='备注（选填）'
        placeholder='如：张三，XX园区企业管家'
        maxlength={NOTE_MAX}
        value={note}
        message={noteError}
        onInput={setNote}
      />
      <FormNotice error={error} />
      <View className='page-actions'>
        <SubmitButton id='invite-create-submit' label='生成邀请码' busyLabel='正在生成…' busy={submitting} onSubmit={() => void create()} />
      </View>
    </Card>
  )
}
