/**
 * Before a write runs: every file its payload names must be what its extension says. Where
 * the client writes to storage itself (the cloud), this is the first look at the bytes; the
 * local host checked them at upload and its FileStore has no `inspect`.
 */
import type { FileStore } from './domain/context'
import { fail } from './domain/errors'
import { collectFileIDs } from './fileUrls'

export async function checkFileContents(payload: unknown, store: FileStore | undefined): Promise<void> {
  if (!store?.inspect) return
  const fileIDs = collectFileIDs(payload)
  if (fileIDs.length === 0) return
  const verdicts = await store.inspect(fileIDs)
  // a missing file has nothing to serve and harms no one; a disguised one is refused
  const bad = fileIDs.find((id) => verdicts[id] === 'mismatch')
  if (bad) fail('FILE_TYPE', '文件内容与扩展名不符（仅支持 jpg、png、webp 图片和 pdf、Word、Excel 文件），请重新选择文件上传')
}
