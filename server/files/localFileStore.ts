/**
 * The local FileStore: URLs signed by the host for files in DATA_DIR/files. Only fileIDs
 * of the local environment get one; anything else (a real cloud fileID in old data) has
 * no local file to serve.
 */
import type { Clock, FileStore } from '../../cloudfunctions/api/src/domain/context'
import { systemClock } from '../../cloudfunctions/api/src/domain/context'
import { signedFileUrl } from './signing'

export const LOCAL_FILE_ENV = 'local-dev.files'
const LOCAL_PREFIX = `cloud://${LOCAL_FILE_ENV}/`

/** the path under the files folder of a local fileID, or null (foreign or unsafe) */
export function localPathOf(fileID: string): string | null {
  if (!fileID.startsWith(LOCAL_PREFIX)) return null
  const path = fileID.slice(LOCAL_PREFIX.length)
  return isSafePath(path) ? path : null
}

/** relative, no empty, dot or dot-dot segments, no backslashes or control characters */
export function isSafePath(path: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!path || path.length > 300 || /[\\\u0000-\u001f]/.test(path)) return false
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..')
}

export function localFileStore(secret: string, clock: Clock = systemClock): FileStore {
  return {
    async tempUrls(fileIDs) {
      const now = clock.now().getTime()
      const out: Record<string, string> = {}
      for (const id of fileIDs) {
        const path = localPathOf(id)
        if (path) out[id] = signedFileUrl(secret, path, now)
      }
      return out
    }
  }
}
