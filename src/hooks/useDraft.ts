import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'

const PREFIX = 'qsj.draft.'

function readDraft<T extends object>(key: string): Partial<T> | null {
  try {
    const stored = Taro.getStorageSync(PREFIX + key)
    return stored && typeof stored === 'object' ? (stored as Partial<T>) : null
  } catch {
    return null
  }
}

export interface Draft<T> {
  value: T
  /** true when the form opened with content saved from an earlier visit */
  restored: boolean
  update: (patch: Partial<T>) => void
  /** shows these values without saving them (e.g. a prefill from the server) */
  replace: (value: T) => void
  /** forget the saved draft (after a successful submit) */
  clear: () => void
}

/**
 * Form values that survive leaving the page: every change is written to local storage
 * under a per-form key, and read back when the form opens again.
 */
export function useDraft<T extends object>(key: string, initial: T): Draft<T> {
  const [state, setState] = useState(() => {
    const saved = readDraft<T>(key)
    return { value: saved ? { ...initial, ...saved } : initial, restored: saved !== null }
  })
  const valueRef = useRef(state.value)
  const initialRef = useRef(initial)

  const update = useCallback(
    (patch: Partial<T>) => {
      const next = { ...valueRef.current, ...patch }
      valueRef.current = next
      try {
        Taro.setStorageSync(PREFIX + key, next)
      } catch {
        // storage full or unavailable: the form still works, only the draft is not kept
      }
      setState((s) => ({ ...s, value: next }))
    },
    [key]
  )

  const replace = useCallback((value: T) => {
    valueRef.current = value
    setState((s) => ({ ...s, value }))
  }, [])

  const clear = useCallback(() => {
    try {
      Taro.removeStorageSync(PREFIX + key)
    } catch {
      // nothing to clear
    }
    valueRef.current = initialRef.current
    setState({ value: initialRef.current, restored: false })
  }, [key])

  return { value: state.value, restored: state.restored, update, replace, clear }
}
