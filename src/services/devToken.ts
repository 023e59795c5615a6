import Taro from '@tarojs/taro'

const KEY = 'qsj.devToken'

/** The local host's signed development session, kept in storage (h5 and devtools). */
export function getDevToken(): string {
  try {
    return (Taro.getStorageSync(KEY) as string) || ''
  } catch {
    return ''
  }
}

export function setDevToken(token: string): void {
  Taro.setStorageSync(KEY, token)
}

export function clearDevToken(): void {
  Taro.removeStorageSync(KEY)
}
