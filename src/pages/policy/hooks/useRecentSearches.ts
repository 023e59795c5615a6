import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'

const KEY = 'qsj.policy.recentSearches'
export const MAX_RECENT = 8

function read(): string[] {
  try {
    const stored: unknown = Taro.getStorageSync(KEY)
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string').slice(0, MAX_RECENT) : []
  } catch {
    return []
  }
}

function write(list: string[]): void {
  try {
    if (list.length) Taro.setStorageSync(KEY, list)
    else Taro.removeStorageSync(KEY)
  } catch {
    // storage unavailable: the list lives until the page closes
  }
}

export interface RecentSearches {
  items: string[]
  /** puts a submitted query first (once), keeping the newest MAX_RECENT */
  add: (query: string) => void
  clear: () => void
}

/** The queries this device submitted, newest first, kept in local storage. */
export function useRecentSearches(): RecentSearches {
  const [items, setItems] = useState(read)

  const add = useCallback((query: string) => {
    const q = query.trim()
    if (!q) return
    setItems((prev) => {
      const next = [q, ...prev.filter((s) => s !== q)].slice(0, MAX_RECENT)
      write(next)
      return next
    })
  }, [])

  const clear = useCallback(() => {
    write([])
    setItems([])
  }, [])

  return { items, add, clear }
}
