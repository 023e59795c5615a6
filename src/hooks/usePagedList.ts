import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../../types'
import { toUiError, type UiError } from '../utils/errors'

/**
 * `cursor` is the previous page's nextCursor, when the list gave one: send it as the
 * request's `cursor` (spread `cursorField(cursor)`), so deep pages are read by key, not skip.
 */
export type FetchPage<T> = (page: number, pageSize: number, cursor?: string) => Promise<Page<T>>

/** `{ cursor }` when there is one, else nothing: for a request payload */
export const cursorField = (cursor?: string): { cursor?: string } => (cursor ? { cursor } : {})

export interface PagedList<T> {
  items: T[]
  total: number
  hasMore: boolean
  /** the first page is being (re)loaded */
  loading: boolean
  /** a further page is being loaded */
  loadingMore: boolean
  /** the first page failed */
  error: UiError | null
  /** a further page failed; the loaded items stay */
  moreError: UiError | null
  /** starts again from page 1, keeping the shown items until the answer arrives */
  reload: () => Promise<void>
  /** appends the next page, if any (ignored while another load runs) */
  loadMore: () => Promise<void>
  /** replaces one loaded item, e.g. after a write */
  replaceItem: (item: T) => void
}

interface State<T> {
  items: T[]
  total: number
  hasMore: boolean
  loading: boolean
  loadingMore: boolean
  error: UiError | null
  moreError: UiError | null
}

const initial = <T>(): State<T> => ({
  items: [],
  total: 0,
  hasMore: false,
  loading: true,
  loadingMore: false,
  error: null,
  moreError: null
})

/**
 * Page-by-page list. `fetchPage` must be stable (useCallback); a new one (e.g. another
 * category) restarts from page 1. Lists that can go deep answer a nextCursor, which the
 * next call gets (page numbers keep counting, for the lists that stay shallow). Items are
 * de-duplicated by `keyOf`, since rows can
 * shift between pages when new ones are published.
 */
export function usePagedList<T>(fetchPage: FetchPage<T>, keyOf: (item: T) => string, pageSize = 10): PagedList<T> {
  const [state, setState] = useState<State<T>>(initial)
  const generation = useRef(0)
  const nextPage = useRef(1)
  /** the last page's nextCursor: the next page is asked for after it */
  const nextCursor = useRef<string | undefined>(undefined)
  const busy = useRef(false)
  const stateRef = useRef(state)
  stateRef.current = state
  const keyOfRef = useRef(keyOf)
  keyOfRef.current = keyOf
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const reload = useCallback(async () => {
    const gen = ++generation.current
    busy.current = true
    setState((s) => ({ ...s, loading: true, error: null, moreError: null }))
    try {
      const page = await fetchPage(1, pageSize)
      if (!mounted.current || gen !== generation.current) return
      nextPage.current = 2
      nextCursor.current = page.nextCursor
      setState({
        items: dedupe([], page.items, keyOfRef.current),
        total: page.total,
        hasMore: page.hasMore,
        loading: false,
        loadingMore: false,
        error: null,
        moreError: null
      })
    } catch (e) {
      if (!mounted.current || gen !== generation.current) return
      setState((s) => ({ ...s, loading: false, error: toUiError(e) }))
    } finally {
      if (gen === generation.current) busy.current = false
    }
  }, [fetchPage, pageSize])

  const loadMore = useCallback(async () => {
    const s = stateRef.current
    if (busy.current || !s.hasMore || s.error) return
    const gen = generation.current
    busy.current = true
    setState((prev) => ({ ...prev, loadingMore: true, moreError: null }))
    try {
      const page = await fetchPage(nextPage.current, pageSize, nextCursor.current)
      if (!mounted.current || gen !== generation.current) return
      nextPage.current += 1
      nextCursor.current = page.nextCursor
      setState((prev) => ({
        ...prev,
        items: dedupe(prev.items, page.items, keyOfRef.current),
        total: page.total,
        hasMore: page.hasMore,
        loadingMore: false
      }))
    } catch (e) {
      if (!mounted.current || gen !== generation.current) return
      setState((prev) => ({ ...prev, loadingMore: false, moreError: toUiError(e) }))
    } finally {
      if (gen === generation.current) busy.current = false
    }
  }, [fetchPage, pageSize])

  useEffect(() => {
    setState(initial)
    void reload()
  }, [reload])

  const replaceItem = useCallback((item: T) => {
    const key = keyOfRef.current(item)
    setState((s) => ({ ...s, items: s.items.map((it) => (keyOfRef.current(it) === key ? item : it)) }))
  }, [])

  return { ...state, reload, loadMore, replaceItem }
}

function dedupe<T>(existing: T[], incoming: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set(existing.map(keyOf))
  const out = existing.slice()
  for (const item of incoming) {
    const key = keyOf(item)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(item)
    }
  }
  return out
}
