/**
 * What may be attached to a case, checked on the device before anything is uploaded;
 * the local host and the router check again.
 */
import { MAX_CASE_ATTACHMENTS, type Attachment } from '../../types'

export const MAX_ATTACHMENT_MB = 10
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp']
export const FILE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx']
export { MAX_CASE_ATTACHMENTS }

/** a file picked on the device, not uploaded yet */
export interface LocalFile {
  /** temp path (weapp) or blob: URL (h5) */
  path: string
  name: string
  size: number
  kind: Attachment['kind']
}

const MIME_EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf'
}

/** lower-case extension without the dot, '' when there is none */
export function extensionOf(name: string): string {
  const clean = name.split(/[?#]/)[0]
  const dot = clean.lastIndexOf('.')
  const slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'))
  return dot > slash && dot >= 0 ? clean.slice(dot + 1).toLowerCase() : ''
}

/** a readable name: the picked file's own, else the temp path's last part, else one made from the type */
export function nameFor(path: string, originalName?: string, mime?: string): string {
  if (originalName) return originalName.slice(-100)
  const base = path.split(/[?#]/)[0].split('/').pop() ?? ''
  if (extensionOf(base)) return base.slice(-100)
  const ext = (mime && MIME_EXTENSIONS[mime]) || ''
  return `图片${Date.now().toString(36)}${ext ? `.${ext}` : ''}`
}

/** the Chinese reason a file cannot be attached, or null when it can */
export function checkLocalFile(file: LocalFile): string | null {
  const ext = extensionOf(file.name)
  if (file.kind === 'image' && !IMAGE_EXTENSIONS.includes(ext)) {
    return `“${file.name}”不是支持的图片格式，请选择 jpg、png 或 webp 图片`
  }
  if (file.kind === 'file' && !FILE_EXTENSIONS.includes(ext) && !IMAGE_EXTENSIONS.includes(ext)) {
    return `“${file.name}”的格式不支持，请选择 pdf、Word（doc/docx）或 Excel（xls/xlsx）文件`
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `“${file.name}”超过 ${MAX_ATTACHMENT_MB} MB，请压缩后再上传`
  }
  if (file.size === 0) return `“${file.name}”是空文件，请重新选择`
  return null
}

/** images picked through the file chooser are still shown as images */
export function kindOf(name: string, fallback: Attachment['kind']): Attachment['kind'] {
  return IMAGE_EXTENSIONS.includes(extensionOf(name)) ? 'image' : fallback
}

/** 1.2 MB / 350 KB */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
