/**
 * Where an exported sign-up list goes. The browser downloads it as a file. The
 * mini-program cannot hand a .csv to the system viewer (openDocument takes Office and pdf
 * only), so it writes the file to the user data folder and the organiser sends it to a chat
 * (shareFileMessage) to open on a computer — a separate tap, since WeChat only shares from one.
 */
import Taro from '@tarojs/taro'
import type { LectureExport } from '../../../../types'

export function downloadInBrowser(file: LectureExport): void {
  // the server's text already starts with a BOM, so Excel reads it as UTF-8
  const blob = new Blob([file.csv], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // revoked after the click has started the download
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** the written file's local path */
export function writeInWeapp(file: LectureExport): Promise<string> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename}`
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: file.csv,
      encoding: 'utf8',
      success: () => resolve(filePath),
      fail: (res) => reject(new Error(res.errMsg))
    })
  })
}

export async function shareInWeapp(filePath: string, fileName: string): Promise<boolean> {
  try {
    await Taro.shareFileMessage({ filePath, fileName })
    return true
  } catch {
    return false
  }
}
