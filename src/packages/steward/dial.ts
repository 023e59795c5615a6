import Taro from '@tarojs/taro'

/** Opens the phone's dialler (a privacy-relevant API: listed in docs/privacy.md). */
export function dial(phoneNumber: string): void {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}
