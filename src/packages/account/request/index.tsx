import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { MEMBERSHIP_METHOD_LABELS, MEMBERSHIP_STATUS_LABELS, type Attachment, type Membership } from '../../../../types'
import { call } from '../../../services'
import AttachmentList from '../../../components/AttachmentList'
import Card from '../../../components/Card'
import RemotePending from '../../../components/RemotePending'
import SubmitButton from '../../../components/SubmitButton'
import { MEMBERSHIP_ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useSubmission } from '../../../hooks/useSubmission'
import { CAPACITY_SHORT } from '../../../utils/membership'
import { goBackOr } from '../../../utils/nav'
import { formatDateTime } from '../../../utils/time'
import RejectForm from './RejectForm'
import StatusRow from '../components/StatusRow'
import '../membership.scss'

/** One 企业认证申请 for staff: who asks, for which enterprise, in what capacity, with which papers; 通过 or 不通过. */
export default function MembershipReviewPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('membership.get', { id }), [id])
  const request = useRemote(load)
  if (!request.data) {
    return (
      <View className='page ms-page'>
        <RemotePending remote={request} />
      </View>
    )
  }
  return <Review request={request.data} onDecided={request.setData} />
}

function Review({ request: m, onDecided }: { request: Membership; onDecided: (m: Membership) => void }) {
  const approve = useSubmission('membership.approve')
  const reject = useSubmission('membership.reject')
  const [rejecting, setRejecting] = useState(false)
  const busy = approve.submitting || reject.submitting

  const done = (next: Membership, title: string) => {
    onDecided(next)
    setRejecting(false)
    void Taro.showToast({ title, icon: 'success' })
  }
  const fail = (message: string) => void Taro.showModal({ title: '操作失败', content: message, showCancel: false })

  const doApprove = async () => {
    const { confirm } = await Taro.showModal({
      title: '通过认证',
      content: `确认“${m.name}”可以代表“${m.enterpriseName}”办理业务吗？通过后对方即可查看和办理本企业的事项。`,
      confirmText: '通过'
    })
    if (!confirm) return
    const result = await approve.submit({ id: m._id })
    if (result.ok) done(result.data, '已通过')
    else if (result.error) fail(result.error.message)
  }
  const doReject = async (reason: string) => {
    const result = await reject.submit({ id: m._id, reason })
    if (result.ok) done(result.data, '已退回')
    else if (result.error) fail(result.error.message)
  }

  return (
    <View className='page ms-page ms-review'>
      <View className={`ms-status ms-status--${m.status}`} id='ms-review-summary'>
        <View className='ms-status__head'>
          <Text className='ms-status__title'>{m.enterpriseName}</Text>
          <Text className={`ms-tag ms-tag--${m.status}`}>{MEMBERSHIP_STATUS_LABELS[m.status]}</Text>
        </View>
        <StatusRow label='申请人' value={m.name || '未填写姓名'} />
        <StatusRow label='手机号' value={m.phone || '未留手机号'} />
        <StatusRow label='申请身份' value={CAPACITY_SHORT[m.capacity]} />
        <StatusRow label='提交时间' value={formatDateTime(m.createdAt)} />
        {m.status !== 'pending' && m.decidedAt && <StatusRow label='处理' value={`${m.decidedByName ?? ''} ${formatDateTime(m.decidedAt)}`} />}
        {m.method && m.status === 'approved' && <StatusRow label='认证方式' value={MEMBERSHIP_METHOD_LABELS[m.method]} />}
        {m.reason && <StatusRow label='原因' value={m.reason} />}
      </View>

      <Card title='证明材料'>
        <View className='ms-review__papers'>
          <Paper label='营业执照' file={m.licence} />
          {m.capacity === 'authorised' ? <Paper label='授权委托书' file={m.authorisation} /> : <Text className='ms-review__missing'>申请人声明本人为法定代表人，无需授权委托书；请核对营业执照上的法定代表人姓名。</Text>}
        </View>
      </Card>

      {m.status === 'pending' && !rejecting && (
        <View className='ms-review__buttons'>
          <SubmitButton id='ms-approve' label='通过' busyLabel='正在提交…' busy={approve.submitting} disabled={busy} onSubmit={() => void doApprove()} />
          <SubmitButton id='ms-reject' label='不通过' busyLabel='正在提交…' busy={false} type='secondary' disabled={busy} onSubmit={() => setRejecting(true)} />
        </View>
      )}
      {m.status === 'pending' && rejecting && (
        <Card title='不通过'>
          <RejectForm id={m._id} busy={reject.submitting} onReject={(r) => void doReject(r)} onCancel={() => setRejecting(false)} />
        </Card>
      )}
      {m.status !== 'pending' && (
        <View className='ms-review__buttons'>
          <SubmitButton id='ms-back' label='返回审核列表' busyLabel='' busy={false} type='secondary' onSubmit={() => goBackOr(MEMBERSHIP_ROUTES.queue)} />
        </View>
      )}
    </View>
  )
}

function Paper({ label, file }: { label: string; file: Attachment | null }) {
  return (
    <View id={`ms-paper-${label}`}>
      <Text className='ms-review__paper-label'>{label}</Text>
      {file ? <AttachmentList items={[file]} /> : <Text className='ms-review__missing'>未上传</Text>}
    </View>
  )
}
