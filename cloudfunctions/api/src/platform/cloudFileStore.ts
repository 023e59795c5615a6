/**
 * The cloud FileStore: `cloud.getTempFileURL`, which takes at most 50 files a call.
 * The storage bucket stays private (only the creator reads); these URLs are how everyone
 * else who may see a file gets it, and only through an answer of `api`.
 */
import type { FileStore } from '../domain/context'

/** how long a handed-out URL works, as in the local host */
export const TEMP_URL_MAX_AGE_S = 2 * 3600
export const TEMP_URL_BATCH = 50

export interface TempFileUrlResult {
  fileList?: Array<{ fileID: string; tempFileURL?: string; status?: number; errMsg?: string }>
}

export interface WxStorageLike {
  getTempFileURL(params: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<TempFileUrlResult>
}

export function cloudFileStore(cloud: WxStorageLike): FileStore {
  return {
    async tempUrls(fileIDs) {
      const out: Record<string, string> = {}
      for (let i = 0; i < fileIDs.length; i += TEMP_URL_BATCH) {
        const batch = fileIDs.slice(i, i + TEMP_URL_BATCH)
        const res = await cloud.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge: TEMP_URL_MAX_AGE_S })) })
        // a missing or foreign file answers a non-zero status: it simply gets no URL
        for (const f of res.fileList ?? []) if (f.status === 0 && f.tempFileURL) out[f.fileID] = f.tempFileURL
      }
      return out
    }
  }
}
