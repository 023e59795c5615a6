import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { POLICY_STATUS_LABELS, type PolicyDetail, type PolicyEditStatus } from '../../../../types'
import Card from '../../../components/Card'
import { useSubmission } from '../../../hooks/useSubmission'
import { formatDateTime } from '../../../utils/time'
import PushPanel from './PushPanel'
import WithdrawForm from './WithdrawForm'

export const EDIT_STATUS_LABELS: Record<PolicyEditStatus, string> = { draft: '草稿', published: '已发布', withdrawn: '已下架' }

interface Props {
  policy: PolicyDetail
  /** the editor has changes not saved yet (publishing sends the saved version) */
  dirty: boolean
  onChanged: (policy: PolicyDetail) => void
}

/** Where the policy stands (draft → published → withdrawn, with who and when) and the next steps. */
export default function PolicyStatusCard({ policy, dirty, onChanged }: Props) {
  const life = policy.lifecycle
  const status = life?.editStatus ?? 'published'
  const publishing = useSubmission('policy.publish')
  const [error, setError] = useState<string | null>(null)

  const publish = async () => {
    setError(null)
    if (dirty) {
      setError('有未保存的修改：请先保存，再发布')
      return
    }
    const { confirm } = await Taro.showModal({
      title: '发布政策',
      content: '发布后所有企业可见；关注该类别的用户和新符合条件的企业会收到通知。',
      confirmText: '发布'
    })
    if (!confirm) return
    const result = await publishing.submit({ id: policy._id })
    if (result.ok) {
      void Taro.showToast({ title: '已发布', icon: 'success' })
      onChanged(result.data)
    } else if (result.error) setError(result.error.message)
  }

  return (
    <Card title='发布状态'>
      <View id='policy-status' className='mg-status'>
        <View className='mg-status__head'>
          <Text className={`mg-badge mg-badge--${status}`}>{EDIT_STATUS_LABELS[status]}</Text>
          {status === 'published' && <Text className='mg-status__validity'>{POLICY_STATUS_LABELS[policy.status]}</Text>}
        </View>
        {life && (
          <View className='mg-status__lines'>
            <Text className='mg-status__line'>
              创建：{life.createdByName} · {formatDateTime(life.createdAt)}
            </Text>
            {life.publishedAt && (
              <Text className='mg-status__line'>
                发布：{life.publishedByName ?? ''} · {formatDateTime(life.publishedAt)}
              </Text>
            )}
            {life.withdrawnAt && (
              <Text className='mg-status__line'>
                下架：{life.withdrawnByName ?? ''} · {formatDateTime(life.withdrawnAt)}
                {life.withdrawnReason ? ` · 原因：${life.withdrawnReason}` : ''}
              </Text>
            )}
            <Text className='mg-status__line'>最近修改：{formatDateTime(life.updatedAt)}</Text>
          </View>
        )}
        {error && (
          <View className='mg-alert' role='alert'>
            <Text>{error}</Text>
          </View>
        )}
        {status === 'draft' && (
          <View id='policy-publish' className='mg-status__action'>
            <AtButton type='primary' loading={publishing.submitting} disabled={publishing.submitting} onClick={() => void publish()}>
              发布
            </AtButton>
          </View>
        )}
        {status === 'published' && (
          <>
            <PushPanel policyId={policy._id} />
            <WithdrawForm policyId={policy._id} onWithdrawn={onChanged} />
          </>
        )}
        {status === 'withdrawn' && <Text className='mg-help'>已下架的政策不再对企业显示，也不能再编辑或发布；如需恢复，请新建政策。</Text>}
      </View>
    </Card>
  )
}
