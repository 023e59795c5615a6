import Taro from '@tarojs/taro'
import type { ApiResult, Attachment } from '../../types'
import { kindOf, type LocalFile } from '../utils/attachments'
import { API_BASE, usesCloud } from './config'
import { getDevToken } from './devToken'
import { ApiCallError, networkError, toApiError } from './errors'
import { ensureCloud } from './transport'

export type UploadProgress = (percent: number) => void

/** cases/202511/<random>.<ext>: one folder per month, unguessable names */
function cloudPathFor(name: string): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : ''
  const month = new Date().toISOString().slice(0, 7).replace('-', '')
  const rand = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
  return `cases/${month}/${rand}${ext}`
}

function uploadToCloud(file: LocalFile, onProgress?: UploadProgress): Promise<string> {
  ensureCloud()
  return new Promise((resolve, reject) => {
    // the callback form returns the task, which reports progress
    const task = Taro.cloud.uploadFile({
      cloudPath: cloudPathFor(file.name),
      filePath: file.path,
      success: (res) => resolve(res.fileID),
      fail: () => reject(networkError())
    }) as unknown as Taro.UploadTask | undefined
    task?.onProgressUpdate?.((p) => onProgressUpdate(onProgress, p.progress))
  })
}

function onProgressUpdate(cb: UploadProgress | undefined, percent: number): void {
  if (cb && Number.isFinite(percent)) cb(Math.min(100, Math.max(0, Math.round(percent))))
}

/** the local host's POST /files: answers {ok, data:{fileID,url}} or {ok:false,error} */
async function uploadToHost(file: LocalFile, onProgress?: UploadProgress): Promise<string> {
  const token = getDevToken()
  const task = Taro.uploadFile({
    url: `${API_BASE}/files`,
    filePath: file.path,
    name: 'file',
    // h5 sends a blob: the server needs the name for the extension check
    fileName: file.name,
    header: token ? { Authorization: `Bearer ${token}` } : {}
  } as Taro.uploadFile.Option)
  task.progress?.((p) => onProgressUpdate(onProgress, p.progress))
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await task
  } catch {
    throw networkError()
  }
  let body: ApiResult<{ fileID: string; url: string }> | null = null
  try {
    body = typeof res.data === 'string' ? JSON.parse(res.data) : (res.data as unknown as typeof body)
  } catch {
    body = null
  }
  if (!body || typeof body !== 'object') throw networkError()
  if (body.ok) return body.data.fileID
  throw new ApiCallError(toApiError(body.error))
}

/**
 * Uploads one picked file to cloud storage (or the local host standing in for it) and
 * answers the attachment to send with a case. Rejects with an ApiCallError.
 */
export async function uploadFile(file: LocalFile, onProgress?: UploadProgress): Promise<Attachment> {
  const fileID = usesCloud() ? await uploadToCloud(file, onProgress) : await uploadToHost(file, onProgress)
  onProgressUpdate(onProgress, 100)
  return { fileID, name: file.name, size: file.size, kind: kindOf(file.name, file.kind) }
}

/**
 * Where an attachment can be displayed or downloaded: the weapp shows cloud:// fileIDs
 * itself; the local host serves cloud://<env>/<path> at /files/<path>.
 */
export function fileUrl(fileID: string): string {
  if (usesCloud()) return fileID
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return m ? `${API_BASE}/files/${m[1]}` : fileID
}
