import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { PolicyDetail } from '../../../../types'
import { call } from '../../../services'
import { serviceApplyUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import { applyBlocked, applyModes } from './applyModes'

interface Props {
  policy: PolicyDetail
  onToggleFavourite: () => void
  favouriteBusy: boolean
}

/** the link to this page, for the browser build (the mini-program shares through its own menu) */
function copyLink(): void {
  const url = typeof window !== 'undefined' ? window.location.href : ''
  void Taro.setClipboardData({ data: url })
    .then(() => Taro.showToast({ title: '链接已复制', icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请从地址栏复制', icon: 'none' }))
}

/** The bar at the bottom: 收藏, 分享, and 申报 / 帮代办 through the linked 惠企服务. */
export default function ActionBar({ policy: p, onToggleFavourite, favouriteBusy }: Props) {
  const serviceId = p.exempt ? null : p.serviceId
  const loadService = useCallback(() => call('service.get', { id: serviceId ?? '' }), [serviceId])
  const service = useRemote(loadService, serviceId !== null)
  const modes = applyModes(service.data?.modes ?? null)
  const blocked = applyBlocked(p)
  const inactive = service.data?.active === false

  const apply = (mode: string | undefined) => {
    if (serviceId && !blocked && !inactive) openPage(serviceApplyUrl(serviceId, mode))
  }

  return (
    <View className='policy-actions'>
      <View id='policy-favourite' className={`policy-actions__icon${p.favourite ? ' policy-actions__icon--on' : ''}`} aria-pressed={p.favourite} onClick={() => !favouriteBusy && onToggleFavourite()}>
        <Text className='policy-actions__glyph'>{p.favourite ? '★' : '☆'}</Text>
        <Text className='policy-actions__label'>{p.favourite ? '已收藏' : '收藏'}</Text>
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button id='policy-share' className='policy-actions__icon policy-actions__share' openType='share'>
          <Text className='policy-actions__glyph'>⇪</Text>
          <Text className='policy-actions__label'>分享</Text>
        </Button>
      ) : (
        <View id='policy-share' className='policy-actions__icon' onClick={copyLink}>
          <Text className='policy-actions__glyph'>⇪</Text>
          <Text className='policy-actions__label'>复制链接</Text>
        </View>
      )}
      <View className='policy-actions__main'>
        {p.exempt ? (
          <Text className='policy-actions__note'>免申即享：符合条件的企业无需申报，由部门直接兑现</Text>
        ) : !serviceId ? (
          <Text className='policy-actions__note'>请按政策原文向发布机关申报</Text>
        ) : blocked || inactive ? (
          <Text id='policy-apply' className='policy-actions__button policy-actions__button--off' aria-disabled>
            {blocked ?? '服务暂停受理'}
          </Text>
        ) : (
          <>
            {modes.proxy && (
              <Text id='policy-proxy' className='policy-actions__button policy-actions__button--second' onClick={() => apply(modes.proxy)}>
                帮代办
              </Text>
            )}
            <Text id='policy-apply' className='policy-actions__button' onClick={() => apply(modes.self)}>
              申报
            </Text>
          </>
        )}
      </View>
    </View>
  )
}
