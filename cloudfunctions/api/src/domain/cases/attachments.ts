/**
 * Attachment checks on the server: the schema has checked the shape and the count;
 * here the kind of file and its size, with the same limits as the upload route.
 */
import type { Attachment } from '../../../../../types'
import { fail } from '../errors'

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp']
const FILE_EXTENSIONS = [...IMAGE_EXTENSIONS, '.pdf', '.doc', '.docx', '.xls', '.xlsx']

function extensionOf(path: string): string {
  const m = /\.[A-Za-z0-9]{1,5}$/.exec(path)
  return m ? m[0].toLowerCase() : ''
}

export function checkAttachments(list: Attachment[], field = 'attachments'): Attachment[] {
  list.forEach((a, i) => {
    const allowed = a.kind === 'image' ? IMAGE_EXTENSIONS : FILE_EXTENSIONS
    // judged by the stored file, not the display name: in the cloud the client writes to
    // storage directly, so a harmless name could front any file
    if (!allowed.includes(extensionOf(a.fileID))) {
      fail('FILE_TYPE', `“${a.name}”的类型不支持：仅支持 jpg、png、webp 图片和 pdf、Word、Excel 文件`, `${field}.${i}`)
    }
    if (a.size > MAX_ATTACHMENT_BYTES) {
      fail('FILE_TOO_LARGE', `“${a.name}”超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, `${field}.${i}`)
    }
  })
  return list
}
