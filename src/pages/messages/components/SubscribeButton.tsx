import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { SubscribeTemplate } from '../../../../types'
import { call } from '../../../services'
import { toUiError } from '../../../utils/errors'

const IN_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * 订阅办件进度提醒. WeChat only shows its consent dialog when asked straight from a tap,
 * so the template ids are loaded beforehand and the request is the tap's first call.
 */
export default function SubscribeButton() {
  const [templates, setTemplates] = useState<SubscribeTemplate[] | null>(null)

  useEffect(() => {
    if (!IN_WEAPP) return
    let alive = true
    call('subscription.templates', {})
      .then((t) => alive && setTemplates(t))
      .catch(() => alive && setTemplates([]))
    return () => {
      alive = false
    }
  }, [])

  if (IN_WEAPP && (!templates || templates.length === 0)) return null

  const subscribe = () => {
    if (!IN_WEAPP || !templates) {
      void Taro.showModal({
        title: '订阅办件进度提醒',
        content: '订阅消息是微信小程序的功能，请在微信中打开“亲商家营商服务通”小程序订阅。在这里，办件进度会显示在“我的消息”中。',
        showCancel: false
      })
      return
    }
    Taro.requestSubscribeMessage({ tmplIds: templates.map((t) => t.templateId) } as Taro.requestSubscribeMessage.Option)
      .then(async (res) => {
        const answers = res as unknown as Record<string, string>
        const accepted = templates.filter((t) => answers[t.templateId] === 'accept').map((t) => t.key)
        if (accepted.length === 0) {
          void Taro.showToast({ title: '未订阅任何提醒', icon: 'none' })
          return
        }
        await call('subscription.record', { accepted })
        void Taro.showToast({ title: `已订阅${accepted.length}项提醒`, icon: 'success' })
      })
      .catch((e) => {
        const message = (e as { errMsg?: string })?.errMsg ? '订阅未完成，可在小程序设置中开启消息提醒' : toUiError(e).message
        void Taro.showToast({ title: message, icon: 'none' })
      })
  }

  return (
    <Text id='subscribe' className='notification-bar__action' onClick={subscribe}>
      订阅办件进度提醒
    </Text>
  )
}
