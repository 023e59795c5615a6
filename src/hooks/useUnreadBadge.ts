import Taro, { useDidShow } from '@tarojs/taro'
import { call } from '../services'

/** the 消息 tab's position in app.config tabBar.list */
export const MESSAGES_TAB_INDEX = 3

/**
 * Asks the server how many notifications are unread and shows it on the 消息 tab. A
 * failure (offline, signed out, not on a tab page) leaves the badge as it is: it is a
 * hint, never worth an error message. Answers the count, or null when it failed.
 */
export async function refreshUnreadBadge(): Promise<number | null> {
  try {
    const { count } = await call('notification.unreadCount', {})
    if (count > 0) {
      await Taro.setTabBarBadge({ index: MESSAGES_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
    } else {
      await Taro.removeTabBarBadge({ index: MESSAGES_TAB_INDEX })
    }
    return count
  } catch {
    return null
  }
}

/** Refreshes the unread badge each time this tab page shows; returns the refresher for after a read. */
export function useUnreadBadge(): () => Promise<number | null> {
  useDidShow(() => {
    void refreshUnreadBadge()
  })
  return refreshUnreadBadge
}
