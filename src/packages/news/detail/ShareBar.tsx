import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'

/** the link to this page, for the browser build (the mini-program shares through its own menu) */
function copyLink(): void {
  const url = typeof window !== 'undefined' ? window.location.href : ''
  void Taro.setClipboardData({ data: url })
    .then(() => Taro.showToast({ title: '链接已复制', icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请从地址栏复制', icon: 'none' }))
}

/** 分享 to a WeChat chat in the mini-program; 复制链接 in the browser. */
export default function ShareBar() {
  return (
    <View className='news-share'>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button id='news-share' className='news-share__button' openType='share'>
          分享给微信好友
        </Button>
      ) : (
        <Text id='news-share' className='news-share__button' onClick={copyLink}>
          复制链接
        </Text>
      )}
    </View>
  )
}
