/**
 * Choosing a CSV or JSON file and reading it as text. In the mini-program the file
 * comes from a WeChat chat (chooseMessageFile) and is read with the FileSystemManager;
 * in the browser a plain file input is used.
 */
import Taro from '@tarojs/taro'

export type ImportFormat = 'csv' | 'json'

export interface PickedFile {
  name: string
  size: number
  format: ImportFormat
  content: string
}

export type PickResult = { ok: true; file: PickedFile } | { ok: false; message: string } | null

/** the server takes at most 2,000,000 characters */
export const MAX_IMPORT_CHARS = 2_000_000

export function formatOf(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop()
  return ext === 'csv' || ext === 'json' ? ext : null
}

/** checks the picked file; a BOM is dropped (Excel writes one into UTF-8 CSV) */
export function toPicked(name: string, size: number, text: string): PickResult {
  const format = formatOf(name)
  if (!format) return { ok: false, message: `“${name}”不是 CSV 或 JSON 文件，请选择 .csv 或 .json 文件` }
  const content = text.replace(/^\uFEFF/, '')
  if (!content.trim()) return { ok: false, message: `“${name}”是空文件` }
  if (content.length > MAX_IMPORT_CHARS) return { ok: false, message: '文件过大，请分批导入（每次不超过2MB）' }
  return { ok: true, file: { name, size, format, content } }
}

/** null when the choice was cancelled */
export async function pickImportFile(): Promise<PickResult> {
  if (process.env.TARO_ENV === 'h5' || typeof Taro.chooseMessageFile !== 'function') return pickInBrowser()
  let picked: { path: string; name: string; size: number }
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'json'] })
    picked = res.tempFiles[0]
    if (!picked) return null
  } catch {
    return null
  }
  try {
    const text = await new Promise<string>((resolve, reject) => {
      Taro.getFileSystemManager().readFile({
        filePath: picked.path,
        encoding: 'utf8',
        success: (r) => resolve(String(r.data)),
        fail: (e) => reject(e)
      })
    })
    return toPicked(picked.name, picked.size, text)
  } catch {
    return { ok: false, message: '文件读取失败，请确认文件为 UTF-8 编码后重试' }
  }
}

function pickInBrowser(): Promise<PickResult> {
  if (typeof document === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.json,text/csv,application/json'
    input.style.cssText = 'position:fixed;left:-3000px;top:-4000px;opacity:0'
    const done = (result: PickResult) => {
      input.remove()
      resolve(result)
    }
    input.onchange = () => {
      const file = input.files?.[0]
      if (!file) return done(null)
      const reader = new FileReader()
      reader.onload = () => done(toPicked(file.name, file.size, String(reader.result ?? '')))
      reader.onerror = () => done({ ok: false, message: '文件读取失败，请重试' })
      reader.readAsText(file, 'utf-8')
    }
    input.addEventListener('cancel', () => done(null))
    document.body.appendChild(input)
    input.click()
  })
}
