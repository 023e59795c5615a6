import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import type { CaseDetail } from '../../../../types'
import Card from '../../../components/Card'
import { caseRateUrl } from '../../../constants/routes'
import { useSubmission } from '../../../hooks/useSubmission'
import { openPage } from '../../../utils/nav'
import { STALE_CODES } from './staleCodes'
import SupplementForm from './SupplementForm'

interface Props {
  detail: CaseDetail
  onChanged: (detail: CaseDetail) => void
  onStale: () => void
}

/** What the enterprise may do now, exactly as the server lists it in `allowed`. */
export default function EnterpriseActions({ detail, onChanged, onStale }: Props) {
  const { allowed } = detail
  const canSupplement = allowed.includes('supplement')
  const canWithdraw = allowed.includes('withdraw')
  const canRate = allowed.includes('rate')
  const [supplementOpen, setSupplementOpen] = useState(detail.awaitingInfo)
  const withdrawal = useSubmission('case.withdraw')
  if (!canSupplement && !canWithdraw && !canRate) return null

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回办件',
      content: '撤回后该办件将不再办理，如仍有问题需重新提交。确定撤回吗？',
      confirmText: '撤回',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    const result = await withdrawal.submit({ id: detail._id, version: detail.version, reason: '' })
    if (result.ok) {
      void Taro.showToast({ title: '已撤回', icon: 'success' })
      onChanged(result.data)
    } else if (result.error && STALE_CODES.has(result.error.code)) {
      onStale()
    } else if (result.error) {
      void Taro.showModal({ title: '撤回失败', content: result.error.message, showCancel: false })
    }
  }

  return (
    <Card title='我的操作' className='enterprise-actions'>
      {detail.awaitingInfo && canSupplement && <Text className='enterprise-actions__ask'>承办人请您补充材料，请查看下方办理记录中的要求。</Text>}
      <View className='enterprise-actions__buttons'>
        {canRate && (
          <View id='action-rate'>
            <AtButton type='primary' onClick={() => openPage(caseRateUrl(detail._id))}>
              评价本次服务
            </AtButton>
          </View>
        )}
        {canSupplement && !supplementOpen && (
          <View id='action-supplement'>
            <AtButton type='secondary' onClick={() => setSupplementOpen(true)}>
              补充说明
            </AtButton>
          </View>
        )}
        {canWithdraw && (
          <View id='action-withdraw'>
            <AtButton type='secondary' loading={withdrawal.submitting} disabled={withdrawal.submitting} onClick={() => void withdraw()}>
              撤回办件
            </AtButton>
          </View>
        )}
      </View>
      {canSupplement && supplementOpen && <SupplementForm detail={detail} onChanged={onChanged} onStale={onStale} />}
    </Card>
  )
}
