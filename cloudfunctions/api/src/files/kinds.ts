/**
 * What a stored file really is, judged by its bytes (file-type: magic numbers), never by its
 * name or declared MIME type. The content must belong to the family of the extension, so an
 * .exe or an HTML page renamed .jpg or .pdf is refused. Shared by the local host's upload
 * route and the cloud FileStore's inspection of files the client wrote to storage itself.
 */
import { fromBuffer } from 'file-type/core'

export interface FileKind {
  /** file-type results that fit this extension */
  detected: string[]
  /** the Content-Type it is served with */
  mime: string
  /** shown in the browser (images, pdf) rather than downloaded */
  inline: boolean
}

// docx/xlsx: a zip written with data descriptors (or cut short) hides its entry names from
// the sniffer, which then says only 'zip'; still a container, never something a browser runs
const KINDS: Record<string, FileKind> = {
  '.jpg': { detected: ['jpg'], mime: 'image/jpeg', inline: true },
  '.jpeg': { detected: ['jpg'], mime: 'image/jpeg', inline: true },
  '.png': { detected: ['png'], mime: 'image/png', inline: true },
  '.webp': { detected: ['webp'], mime: 'image/webp', inline: true },
  '.pdf': { detected: ['pdf'], mime: 'application/pdf', inline: true },
  '.doc': { detected: ['cfb'], mime: 'application/msword', inline: false },
  '.xls': { detected: ['cfb'], mime: 'application/vnd.ms-excel', inline: false },
  '.docx': { detected: ['docx', 'zip'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', inline: false },
  '.xlsx': { detected: ['xlsx', 'zip'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', inline: false }
}

/** how many leading bytes the inspection of a stored file reads */
export const SNIFF_BYTES = 4100

export function kindOfExtension(ext: string): FileKind | null {
  return Object.prototype.hasOwnProperty.call(KINDS, ext) ? KINDS[ext] : null
}

export function extensionOfPath(path: string): string {
  const m = /\.[A-Za-z0-9]{1,5}$/.exec(path)
  return m ? m[0].toLowerCase() : ''
}

/** true when the bytes belong to the family the extension names */
export async function bytesFit(ext: string, bytes: Uint8Array): Promise<boolean> {
  const kind = kindOfExtension(ext)
  if (!kind) return false
  const found = await fromBuffer(bytes).catch(() => undefined)
  return !!found && kind.detected.includes(found.ext)
}
