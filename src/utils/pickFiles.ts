/**
 * Choosing attachments on the device. Images come from the album or camera; documents
 * from a WeChat chat (chooseMessageFile) in the mini-program, or a plain file input in
 * the browser, where WeChat's chooser does not exist. A cancelled choice answers [].
 */
import Taro from '@tarojs/taro'
import { FILE_EXTENSIONS, IMAGE_EXTENSIONS, kindOf, nameFor, type LocalFile } from './attachments'

type H5File = { originalFileObj?: File }

export async function pickImages(count: number): Promise<LocalFile[]> {
  if (count <= 0) return []
  try {
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    return res.tempFiles.map((f) => {
      const original = (f as unknown as H5File).originalFileObj
      return { path: f.tempFilePath, name: nameFor(f.tempFilePath, original?.name, original?.type), size: f.size, kind: 'image' as const }
    })
  } catch {
    return []
  }
}

export async function pickDocuments(count: number): Promise<LocalFile[]> {
  if (count <= 0) return []
  if (process.env.TARO_ENV === 'h5' || typeof Taro.chooseMessageFile !== 'function') return pickWithInput(count)
  try {
    const res = await Taro.chooseMessageFile({ count, type: 'file', extension: [...FILE_EXTENSIONS, ...IMAGE_EXTENSIONS] })
    return res.tempFiles.map((f) => ({ path: f.path, name: nameFor(f.path, f.name), size: f.size, kind: kindOf(f.name, 'file') }))
  } catch {
    return []
  }
}

/** the browser's own file chooser */
function pickWithInput(count: number): Promise<LocalFile[]> {
  if (typeof document === 'undefined') return Promise.resolve([])
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = FILE_EXTENSIONS.map((e) => `.${e}`).join(',')
    input.multiple = count > 1
    input.style.cssText = 'position:fixed;left:-3000px;top:-4000px;opacity:0'
    const done = (files: File[]) => {
      input.remove()
      resolve(
        files.map((f) => ({ path: URL.createObjectURL(f), name: nameFor('', f.name, f.type), size: f.size, kind: kindOf(f.name, 'file') }))
      )
    }
    input.onchange = () => done(Array.from(input.files ?? []))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}
