/**
 * What an upload really is, judged by its bytes (file-type: magic numbers), never by the
 * name or the declared MIME type. The content must belong to the family of the name's
 * extension, so an .exe or an HTML page renamed .jpg or .pdf is refused.
 */
import { fromFile } from 'file-type'

interface Kind {
  /** file-type results that fit this extension */
  detected: string[]
  /** the Content-Type it is served with */
  mime: string
  /** shown in the browser (images, pdf) rather than downloaded */
  inline: boolean
}

// docx/xlsx: a zip written with data descriptors hides its entry names from the sniffer,
// which then says only 'zip'; still a container, never something a browser would run
const KINDS: Record<string, Kind> = {
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

export const ALLOWED_EXTENSIONS = Object.keys(KINDS)

export function kindOfExtension(ext: string): Kind | null {
  return Object.prototype.hasOwnProperty.call(KINDS, ext) ? KINDS[ext] : null
}

/** true when the file's bytes belong to the family its extension names */
export async function contentMatches(path: string, ext: string): Promise<boolean> {
  const kind = kindOfExtension(ext)
  if (!kind) return false
  const found = await fromFile(path).catch(() => undefined)
  return !!found && kind.detected.includes(found.ext)
}
