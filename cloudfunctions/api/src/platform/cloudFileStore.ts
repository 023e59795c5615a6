/**
 * The cloud FileStore: `cloud.getTempFileURL`, which takes at most 50 files a call.
 * The storage permission is 仅创建者可读写; these URLs are how everyone else who may see a
 * file gets it, and only through an answer of `api`.
 *
 * In the cloud the client uploads to storage directly, so nothing has looked at the bytes
 * when a write first names a file: `inspect` reads the first few KB of each (an HTTP Range
 * request on a temp URL) and checks them against the extension.
 */
import { get } from 'node:https'
import type { FileStore, FileVerdict } from '../domain/context'
import { bytesFit, extensionOfPath, SNIFF_BYTES } from '../files/kinds'

/** how long a handed-out URL works, as in the local host */
export const TEMP_URL_MAX_AGE_S = 2 * 3600
export const TEMP_URL_BATCH = 50
/** inspection URLs are used at once */
const INSPECT_MAX_AGE_S = 300

export interface TempFileUrlResult {
  fileList?: Array<{ fileID: string; tempFileURL?: string; status?: number; errMsg?: string }>
}

export interface WxStorageLike {
  getTempFileURL(params: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<TempFileUrlResult>
}

/** the first `bytes` bytes behind a URL (fewer when the file is shorter) */
export type ReadHead = (url: string, bytes: number) => Promise<Uint8Array>

export const httpsHead: ReadHead = (url, bytes) =>
  new Promise((resolve, reject) => {
    const req = get(url, { headers: { Range: `bytes=0-${bytes - 1}` }, timeout: 5000 }, (res) => {
      if ((res.statusCode ?? 0) >= 400) {
        res.resume()
        reject(new Error(`storage answered ${res.statusCode}`))
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        size += chunk.length
        // a server that ignores Range sends everything: stop once there is enough
        if (size >= bytes) res.destroy()
      })
      const done = () => resolve(Buffer.concat(chunks).subarray(0, bytes))
      res.on('end', done)
      res.on('close', done)
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('storage timed out')))
    req.on('error', reject)
  })

async function urlsOf(cloud: WxStorageLike, fileIDs: string[], maxAge: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (let i = 0; i < fileIDs.length; i += TEMP_URL_BATCH) {
    const batch = fileIDs.slice(i, i + TEMP_URL_BATCH)
    const res = await cloud.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge })) })
    // a missing or foreign file answers a non-zero status: it simply gets no URL
    for (const f of res.fileList ?? []) if (f.status === 0 && f.tempFileURL) out[f.fileID] = f.tempFileURL
  }
  return out
}

export function cloudFileStore(cloud: WxStorageLike, readHead: ReadHead = httpsHead): FileStore {
  return {
    tempUrls: (fileIDs) => urlsOf(cloud, fileIDs, TEMP_URL_MAX_AGE_S),
    async inspect(fileIDs) {
      const urls = await urlsOf(cloud, fileIDs, INSPECT_MAX_AGE_S)
      const out: Record<string, FileVerdict> = {}
      for (const id of fileIDs) {
        const url = urls[id]
        out[id] = !url ? 'missing' : (await bytesFit(extensionOfPath(id), await readHead(url, SNIFF_BYTES))) ? 'fits' : 'mismatch'
      }
      return out
    }
  }
}
