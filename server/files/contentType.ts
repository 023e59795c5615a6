/** The local host's check of an upload on disk: the shared kinds table, fed from the file. */
import { fromFile } from 'file-type'
import { kindOfExtension } from '../../cloudfunctions/api/src/files/kinds'

export { kindOfExtension }

/** true when the file's bytes belong to the family its extension names */
export async function contentMatches(path: string, ext: string): Promise<boolean> {
  const kind = kindOfExtension(ext)
  if (!kind) return false
  // the whole file: docx and xlsx are told apart by the zip entries, which may lie deep
  const found = await fromFile(path).catch(() => undefined)
  return !!found && kind.detected.includes(found.ext)
}
