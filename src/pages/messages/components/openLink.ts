import Taro from '@tarojs/taro'
import { ROUTES } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

const TAB_PAGES: string[] = [ROUTES.home, ROUTES.policy, ROUTES.circle, ROUTES.messages, ROUTES.mine]

/** Opens a notification's link: tab pages by switchTab (which takes no query), the rest as pages. */
export function openLink(link: string): void {
  if (!link || !link.startsWith('/')) return
  const path = link.split('?')[0]
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path })
  else openPage(link)
}
