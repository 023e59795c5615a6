import { useCallback, useEffect, useRef, useState } from 'react'

export interface TabCounts<K extends string> {
  counts: Partial<Record<K, number>>
  refresh: () => void
}

/**
 * How many items each tab of a list holds, read from each view's page total. `keys` must be
 * a constant and `countOf` stable (useCallback): a new one (e.g. another type) counts again.
 * A count that fails to load is left out rather than shown wrong.
 */
export function useTabCounts<K extends string>(keys: readonly K[], countOf: (key: K) => Promise<number>): TabCounts<K> {
  const [counts, setCounts] = useState<Partial<Record<K, number>>>({})
  const seq = useRef(0)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const refresh = useCallback(() => {
    const id = ++seq.current
    void Promise.all(keys.map((k) => countOf(k).then((n): [K, number | null] => [k, n], (): [K, number | null] => [k, null]))).then((pairs) => {
      if (!mounted.current || id !== seq.current) return
      const next: Partial<Record<K, number>> = {}
      for (const [k, n] of pairs) if (n !== null) next[k] = n
      setCounts(next)
    })
  }, [keys, countOf])

  useEffect(() => {
    setCounts({})
    refresh()
  }, [refresh])

  return { counts, refresh }
}
