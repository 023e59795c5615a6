/**
 * Short-lived file URLs for an answer. The handler has already decided that the caller may
 * see what it returned, so the same decision covers the files it names: every cloud://
 * fileID in a file-bearing field of `data` (and every one inside a staff-authored HTML
 * body) gets a URL from one batched FileStore call. Files are served by nothing else, so
 * no answer, no URL. Only fields whose writes check the uploader count: a fileID pasted
 * into free text (a consultation, a post) must not buy its writer a link to someone
 * else's file.
 */
import type { ApiResult } from '../../../types'
import type { FileStore } from './domain/context'

/** bounds of the walk: an answer is at most a page of documents */
const MAX_DEPTH = 12
const MAX_NODES = 50_000
const MAX_FILES = 500

/** fields that hold a file, each checked against its uploader when written */
const FILE_KEYS = new Set(['fileID', 'photo', 'cover', 'url', 'videoUrl', 'replayUrl', 'interpretationVideoUrl'])
/** rich text written by staff, whose embedded images are checked when saved */
const HTML_KEYS = new Set(['bodyHtml'])

const WHOLE = /^cloud:\/\/[^/\s]+\/\S+$/
const EMBEDDED = /cloud:\/\/[^/\s"'<>()]+\/[^\s"'<>()]+/g

/** every distinct cloud:// fileID in a value, in first-seen order (bounded) */
export function collectFileIDs(value: unknown): string[] {
  const found = new Set<string>()
  let nodes = 0
  // `key`: the field the value sits in (array items inherit their array's field)
  const walk = (v: unknown, depth: number, key: string): void => {
    if (found.size >= MAX_FILES || ++nodes > MAX_NODES || depth > MAX_DEPTH) return
    if (typeof v === 'string') {
      if (!v.includes('cloud://')) return
      if (FILE_KEYS.has(key) && WHOLE.test(v)) found.add(v)
      else if (HTML_KEYS.has(key)) for (const m of v.matchAll(EMBEDDED)) if (found.size < MAX_FILES) found.add(m[0])
    } else if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1, key)
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(item, depth + 1, k)
    }
  }
  walk(value, 0, '')
  return [...found]
}

/**
 * The answer with `files` attached. A storage failure must not fail the action (a write
 * has already happened): the answer goes out without URLs and the failure is logged.
 */
export async function withFileUrls(
  result: ApiResult<unknown>,
  store: FileStore | undefined,
  onError: (error: Error) => void
): Promise<ApiResult<unknown>> {
  if (!store || !result.ok) return result
  const fileIDs = collectFileIDs(result.data)
  if (fileIDs.length === 0) return result
  try {
    const files = await store.tempUrls(fileIDs)
    return Object.keys(files).length ? { ...result, files } : result
  } catch (e) {
    onError(e as Error)
    return result
  }
}
