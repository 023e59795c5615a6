/**
 * Attachment checks on the server: the schema has checked the shape and the count;
 * here the kind of file, its size, and whose upload it is. Uploads land under the
 * uploader's folder (cloud://<env>/u/<userId>/<yyyymm>/<random>.<ext>), so a caller can
 * attach only what they uploaded themselves — never a file seen in someone else's case.
 */
import type { Attachment } from '../../../../../types'
import type { ActionContext } from '../context'
import { fail } from '../errors'
import { userIdFor } from '../ids'

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp']
const FILE_EXTENSIONS = [...IMAGE_EXTENSIONS, '.pdf', '.doc', '.docx', '.xls', '.xlsx']

/** Whose uploads a write may reference. */
export interface FileOwner {
  userId: string
  /** fileIDs already on the thing being edited (possibly someone else's): they may stay */
  kept?: readonly string[]
}

/** the caller as the owner of their uploads (the account id is derived from the openid) */
export function uploaderOf(ctx: Pick<ActionContext, 'caller'>, kept: readonly (string | null | undefined)[] = []): FileOwner {
  return { userId: userIdFor(ctx.caller.openid), kept: kept.filter((k): k is string => typeof k === 'string' && k !== '') }
}

function extensionOf(path: string): string {
  const m = /\.[A-Za-z0-9]{1,5}$/.exec(path)
  return m ? m[0].toLowerCase() : ''
}

/** the storage path of a cloud:// fileID (after the environment), or null */
export function storagePath(fileID: string): string | null {
  const m = /^cloud:\/\/[^/\s]+\/(\S+)$/.exec(fileID)
  return m ? m[1] : null
}

/** the folder every upload of this user lands in */
export const uploadFolder = (userId: string): string => `u/${userId}/`

export function isOwnUpload(fileID: string, owner: FileOwner): boolean {
  if (owner.kept?.includes(fileID)) return true
  const path = storagePath(fileID)
  return path !== null && path.startsWith(uploadFolder(owner.userId)) && !path.includes('..')
}

/**
 * A single file reference (a cover, a photo, a policy attachment's address): https
 * addresses pass; a cloud:// fileID must be the caller's own upload. FORBIDDEN rather
 * than FILE_TYPE: the file's type is fine, the caller may not use it, and re-uploading is
 * what fixes it.
 */
export function checkOwnFile(url: string | null | undefined, owner: FileOwner, field: string, label = '文件'): void {
  if (isForeignFile(url, owner)) fail('FORBIDDEN', foreignFileMessage(label), field)
}

/** a cloud:// reference that is not the caller's own upload (https addresses are not files of ours) */
export function isForeignFile(url: string | null | undefined, owner: FileOwner): boolean {
  return !!url && url.startsWith('cloud://') && !isOwnUpload(url, owner)
}

export const foreignFileMessage = (label: string): string => `${label}不是您本人上传的文件，请重新上传`

export function checkAttachments(list: Attachment[], owner: FileOwner, field = 'attachments'): Attachment[] {
  list.forEach((a, i) => checkAttachment(a, owner, `${field}.${i}`))
  return list
}

/** one attachment: its stored type, its size, and that it is the caller's own upload */
export function checkAttachment(a: Attachment, owner: FileOwner, field: string): Attachment {
  const allowed = a.kind === 'image' ? IMAGE_EXTENSIONS : FILE_EXTENSIONS
  // judged by the stored file, not the display name: in the cloud the client writes to
  // storage directly, so a harmless name could front any file
  if (!allowed.includes(extensionOf(a.fileID))) {
    fail('FILE_TYPE', `“${a.name}”的类型不支持：仅支持 jpg、png、webp 图片和 pdf、Word、Excel 文件`, field)
  }
  if (a.size > MAX_ATTACHMENT_BYTES) {
    fail('FILE_TOO_LARGE', `“${a.name}”超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, field)
  }
  if (!isOwnUpload(a.fileID, owner)) {
    fail('FORBIDDEN', `“${a.name}”不是您本人上传的文件，请重新上传后再提交`, field)
  }
  return a
}

const CLOUD_REF = /cloud:\/\/[^\s"'<>()]+/g

/** every cloud:// fileID an HTML body (or any text) refers to */
export function cloudRefsIn(text: string | null | undefined): string[] {
  return text ? [...text.matchAll(CLOUD_REF)].map((m) => m[0]) : []
}

/** images in a rich-text body follow the rule of single file references */
export function checkOwnFilesIn(html: string, owner: FileOwner, field: string, label = '正文中的图片'): void {
  for (const ref of cloudRefsIn(html)) checkOwnFile(ref, owner, field, label)
}
