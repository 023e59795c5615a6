import { useEffect, useState } from 'react'

/**
 * The current time (ms), refreshed every `intervalMs` for live countdowns: one timer per
 * component, cleared on unmount. `intervalMs <= 0` reads the clock once and never ticks
 * (for a component whose parent already passes the time down).
 */
export function useNow(intervalMs = 30000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (intervalMs <= 0) return undefined
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
