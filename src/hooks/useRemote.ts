import { useCallback, useEffect, useRef, useState } from 'react'
import { toUiError, type UiError } from '../utils/errors'

export interface Remote<T> {
  data: T | null
  /** a request is in flight (the first load or a reload) */
  loading: boolean
  /** the last request failed; `data` keeps what was loaded before */
  error: UiError | null
  /** fetches again; resolves when done (never rejects) */
  reload: () => Promise<void>
  /** replaces the data, e.g. with the response of a write */
  setData: (data: T) => void
}

interface State<T> {
  data: T | null
  loading: boolean
  error: UiError | null
}

/**
 * Loads one remote value. `fetcher` must be stable (wrap it in useCallback): a new
 * fetcher means new data, and it is loaded again. Late answers of superseded requests
 * are dropped.
 */
export function useRemote<T>(fetcher: () => Promise<T>, enabled = true): Remote<T> {
  const [state, setState] = useState<State<T>>({ data: null, loading: enabled, error: null })
  const seq = useRef(0)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const reload = useCallback(async () => {
    const id = ++seq.current
    setState((s) => ({ ...s, loading: true, error: null }))
    try {
      const data = await fetcher()
      if (mounted.current && id === seq.current) setState({ data, loading: false, error: null })
    } catch (e) {
      if (mounted.current && id === seq.current) setState((s) => ({ data: s.data, loading: false, error: toUiError(e) }))
    }
  }, [fetcher])

  useEffect(() => {
    if (enabled) void reload()
  }, [reload, enabled])

  const setData = useCallback((data: T) => {
    seq.current++
    setState({ data, loading: false, error: null })
  }, [])

  return { ...state, reload, setData }
}
