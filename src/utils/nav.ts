import Taro from '@tarojs/taro'
import { sectionRoute, type SectionKey } from '../constants/sections'

/** Opens a page, falling back to redirectTo when the page stack (max 10) is full. */
export function openPage(url: string): void {
  const depth = Taro.getCurrentPages().length
  if (depth >= 9) {
    void Taro.redirectTo({ url })
  } else {
    void Taro.navigateTo({ url })
  }
}

export function openSection(key: SectionKey): void {
  const { url, tab } = sectionRoute(key)
  if (tab) {
    void Taro.switchTab({ url })
  } else {
    openPage(url)
  }
}

/** Back to the previous page, or home when this page was opened directly (e.g. shared link, h5 reload). */
export function goBackOr(url: string): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack()
  } else {
    void Taro.reLaunch({ url })
  }
}
