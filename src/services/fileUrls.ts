/**
 * Short-lived file URLs the backend handed out (ApiResult.files), kept in memory until
 * shortly before they expire, so components can keep calling fileUrl(fileID)
 * synchronously: every answer that names a file carries its URL.
 */
import { API_BASE } from './config'

/** the backend's URLs live 2 hours; stop using one well before that */
const KEEP_MS = 100 * 60_000
const MAX_ENTRIES = 2000

interface Entry {
  url: string
  until: number
}

const cache = new Map<string, Entry>()

/** local URLs are relative to the host; the weapp in devtools needs its address */
function absolute(url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url
}

/** the expiry a signed local URL states (?e=<unix seconds>), if any */
function statedExpiry(url: string): number | null {
  const m = /[?&]e=(\d{1,12})(?:&|$)/.exec(url)
  return m ? Number(m[1]) * 1000 : null
}

export function rememberFileUrls(files: Record<string, string> | undefined, now = Date.now()): void {
  if (!files) return
  for (const [fileID, url] of Object.entries(files)) {
    if (typeof url !== 'string' || !url) continue
    const stated = statedExpiry(url)
    const until = Math.min(now + KEEP_MS, stated !== null ? stated - 5 * 60_000 : Infinity)
    // re-inserted at the end: the oldest entries go first when the cache is full
    cache.delete(fileID)
    cache.set(fileID, { url: absolute(url), until })
  }
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
}

/** the cached URL of a fileID, or null when none is known or it is about to expire */
export function cachedFileUrl(fileID: string, now = Date.now()): string | null {
  const hit = cache.get(fileID)
  if (!hit) return null
  if (hit.until <= now) {
    cache.delete(fileID)
    return null
  }
  return hit.url
}

export function clearFileUrls(): void {
  cache.clear()
}
