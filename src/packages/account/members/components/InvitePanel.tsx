import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { MemberInvite } from '../../../../../types'
import { call } from '../../../../services'
import Card from '../../../../components/Card'
import EmptyState from '../../../../components/EmptyState'
import FormField from '../../../../components/FormField'
import FormNotice from '../../../../components/FormNotice'
import PagedListView from '../../../../components/PagedListView'
import SubmitButton from '../../../../components/SubmitButton'
import { usePagedList } from '../../../../hooks/usePagedList'
import { useSubmission } from '../../../../hooks/useSubmission'
import { toUiError, type UiError } from '../../../../utils/errors'
import { formatDate, formatDateTime } from '../../../../utils/time'
import NewCodeCard from './NewCodeCard'

const STATUS_LABELS: Record<MemberInvite['status'], string> = { unused: '未使用', used: '已使用', expired: '已过期', revoked: '已撤销' }
const keyOf = (i: MemberInvite) => i.code
const fetchInvites = (page: number, pageSize: number) => call('membership.invites', { page, pageSize })

interface Props {
  /** the code just created (the page shares it as a card) */
  created: MemberInvite | null
  onCreated: (invite: MemberInvite) => void
}

/** 邀请同事 (the enterprise's admin): create a one-time code, see the codes issued, revoke unused ones. */
export default function InvitePanel({ created, onCreated }: Props) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission('membership.createInvite')
  const list = usePagedList(fetchInvites, keyOf, 5)
  const noteError = note.trim().length > 40 ? '备注不能超过40个字' : undefined

  const create = async () => {
    if (noteError) return
    setError(null)
    const result = await submit({ note: note.trim() })
    if (result.ok) {
      setNote('')
      onCreated(result.data)
      void list.reload()
    } else if (result.error) setError(result.error)
  }

  const revoke = useCallback(
    async (invite: MemberInvite) => {
      const { confirm } = await Taro.showModal({
        title: '撤销邀请码',
        content: `撤销后邀请码 ${invite.code} 将无法使用，确定撤销吗？`,
        confirmText: '撤销',
        confirmColor: '#d4380d'
      })
      if (!confirm) return
      try {
        list.replaceItem(await call('membership.revokeInvite', { code: invite.code }))
        void Taro.showToast({ title: '已撤销', icon: 'success' })
      } catch (e) {
        void Taro.showModal({ title: '撤销失败', content: toUiError(e).message, showCancel: false })
      }
    },
    [list]
  )

  return (
    <View id='member-invites'>
      <Card title='邀请同事'>
        <Text className='ms-section-note'>生成一次性邀请码交给同事，对方输入后立即成为本企业成员，无需园区审核。请只发给本企业的员工。</Text>
        <FormField id='member-invite-note' label='备注（选填）' placeholder='如：财务部 李会计' maxlength={40} value={note} message={noteError} onInput={setNote} />
        <FormNotice error={error} />
        <View className='page-actions'>
          <SubmitButton id='member-invite-create' label='生成邀请码' busyLabel='正在生成…' busy={submitting} onSubmit={() => void create()} />
        </View>
      </Card>
      {created && <NewCodeCard invite={created} />}
      <Card title='已生成的邀请码'>
        <PagedListView
          list={list}
          card={false}
          renderItem={(i) => <CodeRow key={i.code} invite={i} onRevoke={revoke} />}
          empty={<EmptyState text='还没有生成过邀请码' />}
        />
      </Card>
    </View>
  )
}

function CodeRow({ invite, onRevoke }: { invite: MemberInvite; onRevoke: (i: MemberInvite) => void }) {
  return (
    <View className='ms-code-row' id={`member-invite-${invite.code}`}>
      <View className='ms-code-row__head'>
        <Text className='ms-code-row__code'>{invite.code}</Text>
        <Text className={`ms-tag ms-tag--${invite.status === 'unused' ? 'admin' : invite.status === 'used' ? 'approved' : 'removed'}`}>{STATUS_LABELS[invite.status]}</Text>
      </View>
      <Text className='ms-code-row__line'>
        {invite.note ? `${invite.note} · ` : ''}生成于 {formatDate(invite.createdAt)}，
        {invite.status === 'used' ? `已由 ${invite.usedByName ?? '—'} 使用` : `有效期至 ${formatDateTime(invite.expiresAt)}`}
      </Text>
      {invite.status === 'unused' && (
        <Text className='ms-code-row__revoke' onClick={() => onRevoke(invite)}>
          撤销
        </Text>
      )}
    </View>
  )
}
