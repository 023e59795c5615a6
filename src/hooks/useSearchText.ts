import { useCallback, useEffect, useRef, useState } from 'react'

export const SEARCH_DEBOUNCE_MS = 400

export interface SearchText {
  /** what the box shows */
  text: string
  /** what is searched: the text once typing paused, or at once on submit */
  query: string
  type: (text: string) => void
  /** searches the given text (or the box's) now, skipping the pause */
  submit: (text?: string) => string
}

/** The search box's text and the query it settles into, so each keystroke does not start a search. */
export function useSearchText(initial = ''): SearchText {
  const [text, setText] = useState(initial)
  const [query, setQuery] = useState(initial)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }
  useEffect(() => cancel, [])

  const type = useCallback((next: string) => {
    setText(next)
    cancel()
    timer.current = setTimeout(() => {
      timer.current = null
      setQuery(next.trim())
    }, SEARCH_DEBOUNCE_MS)
  }, [])

  const textRef = useRef(text)
  textRef.current = text
  const submit = useCallback((next?: string) => {
    const q = (next ?? textRef.current).trim()
    cancel()
    setText(next ?? textRef.current)
    setQuery(q)
    return q
  }, [])

  return { text, query, type, submit }
}
