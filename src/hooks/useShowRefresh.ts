import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Calls `refresh` each time the page shows again (not on its first show). */
export function useShowRefresh(refresh: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refresh()
    shown.current = true
  })
}
