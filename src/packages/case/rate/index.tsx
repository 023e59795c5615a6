import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS } from '../../../../types'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { caseDetailUrl } from '../../../constants/routes'
import { goBackOr } from '../../../utils/nav'
import StaleNotice from '../components/StaleNotice'
import { useCaseDetail } from '../detail/useCaseDetail'
import RatingForm from './RatingForm'
import './index.scss'
import '../case.scss'

/** 评价 one resolved case (?id=): the five national levels; a 差评 opens a review by the park manager. */
export default function RateCasePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { remote, notice, onStale } = useCaseDetail(id)

  // the detail page reloads when shown again
  const onRated = useCallback(() => {
    setTimeout(() => goBackOr(caseDetailUrl(id)), 800)
  }, [id])

  const detail = remote.data
  if (!detail) {
    return (
      <View className='page'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  return (
    <View className='page case-rate'>
      <StaleNotice text={notice} />
      <Text className='page-note'>
        {CASE_TYPE_LABELS[detail.type]} {detail.number}：{detail.title}
      </Text>
      {detail.allowed.includes('rate') ? (
        <RatingForm key={detail.version} detail={detail} onRated={onRated} onStale={onStale} />
      ) : (
        <EmptyState text='该办件当前不能评价' hint={`办件状态：${CASE_STATUS_LABELS[detail.status]}。办结后即可评价。`} />
      )}
    </View>
  )
}
