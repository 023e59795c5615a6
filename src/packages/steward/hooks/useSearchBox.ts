import { useCallback, useEffect, useRef, useState } from 'react'

const PAUSE_MS = 400

/** A search box's text and the query it settles into once typing pauses (or at once on confirm). */
export function useSearchBox(): { text: string; query: string; type: (t: string) => void; confirm: () => void; clear: () => void } {
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const stop = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }
  useEffect(() => stop, [])

  const type = useCallback((t: string) => {
    setText(t)
    stop()
    timer.current = setTimeout(() => setQuery(t.trim()), PAUSE_MS)
  }, [])
  const textRef = useRef(text)
  textRef.current = text
  const confirm = useCallback(() => {
    stop()
    setQuery(textRef.current.trim())
  }, [])
  const clear = useCallback(() => {
    stop()
    setText('')
    setQuery('')
  }, [])
  return { text, query, type, confirm, clear }
}
