import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback } from 'react'
import { call, fileUrl } from '../../../services'
import ErrorState from '../../../components/ErrorState'
import { caseDetailUrl, caseSubmitUrl, STEWARD_ROUTES, stewardDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import { openPage } from '../../../utils/nav'
import './MyStewardCard.scss'

/** 我的管家 on 我的, for a bound enterprise: who the steward is, 咨询, 拨打电话, 申请更换管家. */
export default function MyStewardCard() {
  const load = useCallback(() => call('steward.mine', {}), [])
  const mine = useRemote(load)
  useShowRefresh(() => void mine.reload())

  if (!mine.data) {
    return mine.error ? <ErrorState compact error={mine.error} onRetry={() => void mine.reload()} /> : null
  }
  const steward = mine.data.steward ?? null
  const request = mine.data.changeRequest ?? null
  if (!steward) {
    return (
      <View className='my-steward' id='my-steward'>
        <Text className='my-steward__label'>我的管家</Text>
        <Text className='my-steward__empty'>贵企业暂未分配企业管家。有问题可先通过“咨询”反映，园区会安排专人受理。</Text>
      </View>
    )
  }
  const canCall = steward.phoneVisible && steward.phone !== ''
  return (
    <View className='my-steward' id='my-steward'>
      <Text className='my-steward__label'>我的管家</Text>
      <View className='my-steward__who' onClick={() => openPage(stewardDetailUrl(steward._id))}>
        {steward.photo ? (
          <Image className='my-steward__avatar' src={fileUrl(steward.photo)} mode='aspectFill' />
        ) : (
          <View className='my-steward__avatar'>
            <Text>{steward.name.slice(0, 1)}</Text>
          </View>
        )}
        <View className='my-steward__text'>
          <Text className='my-steward__name'>{steward.name}</Text>
          <Text className='my-steward__line'>{[steward.title, steward.department].filter(Boolean).join(' · ')}</Text>
          {steward.phone && <Text className='my-steward__line'>{steward.phone}</Text>}
        </View>
        <Text className='my-steward__arrow'>›</Text>
      </View>
      <View className='my-steward__buttons'>
        <View id='my-steward-consult' className='my-steward__button'>
          <AtButton type='primary' size='small' onClick={() => openPage(caseSubmitUrl('consult'))}>
            咨询
          </AtButton>
        </View>
        {canCall && (
          <View id='my-steward-call' className='my-steward__button'>
            <AtButton type='secondary' size='small' onClick={() => void Taro.makePhoneCall({ phoneNumber: steward.phone }).catch(() => undefined)}>
              拨打电话
            </AtButton>
          </View>
        )}
      </View>
      {request ? (
        <Text id='my-steward-request' className='my-steward__link' onClick={() => openPage(caseDetailUrl(request.caseId))}>
          更换申请办理中（{request.number}）›
        </Text>
      ) : (
        <Text id='my-steward-change' className='my-steward__link my-steward__link--quiet' onClick={() => openPage(STEWARD_ROUTES.change)}>
          申请更换管家
        </Text>
      )}
    </View>
  )
}
