import Taro from '@tarojs/taro'
import type { ApiResult, Attachment } from '../../types'
import { kindOf, type LocalFile } from '../utils/attachments'
import { API_BASE, usesCloud } from './config'
import { getDevToken } from './devToken'
import { call } from './call'
import { ApiCallError, networkError, toApiError } from './errors'
import { cachedFileUrl, rememberFileUrls } from './fileUrls'
import { ensureCloud } from './transport'

export type UploadProgress = (percent: number) => void

/** the caller's account id (derived from the openid on the server, so it never changes) */
let accountId: string | null = null

async function myAccountId(): Promise<string> {
  if (!accountId) accountId = (await call('session.me', {})).account._id
  return accountId
}

/**
 * u/<accountId>/202511/<random>.<ext>: under the uploader (the server lets a case or a post
 * reference only the caller's own folder), one folder per Beijing month, unguessable names
 */
export function cloudPathFor(name: string, userId: string, now = new Date()): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : ''
  const month = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7).replace('-', '')
  const rand = `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`
  return `u/${userId}/${month}/${rand}${ext}`
}

async function uploadToCloud(file: LocalFile, onProgress?: UploadProgress): Promise<string> {
  ensureCloud()
  const cloudPath = cloudPathFor(file.name, await myAccountId())
  return new Promise((resolve, reject) => {
    // the callback form returns the task, which reports progress
    const task = Taro.cloud.uploadFile({
      cloudPath,
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
  if (body.ok) {
    // the signed URL shows the thumbnail straight away
    rememberFileUrls({ [body.data.fileID]: body.data.url })
    return body.data.fileID
  }
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
 * Where a file can be displayed or downloaded: the short-lived URL the answer that named
 * it carried (see fileUrls.ts). https addresses are used as they are. Without a URL, the
 * weapp falls back to the fileID (which shows the caller's own uploads); the local host
 * serves nothing unsigned, so there is nothing to show.
 */
export function fileUrl(fileID: string): string {
  if (!fileID.startsWith('cloud://')) return fileID
  return cachedFileUrl(fileID) ?? (usesCloud() ? fileID : '')
}

/** rich text from the server with its cloud:// images pointed at their URLs */
export function htmlWithFileUrls(html: string): string {
  return html.replace(/cloud:\/\/[^\s"'<>()]+/g, (ref) => fileUrl(ref) || ref)
}
