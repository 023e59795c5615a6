import Taro from '@tarojs/taro'
import type { Attachment } from '../../types'
import { usesCloud } from './config'
import { ensureCloud } from './transport'
import { fileUrl } from './upload'

/** Full-screen preview of a case's images, starting at the tapped one. */
export function previewImages(images: Attachment[], current: Attachment): void {
  const urls = images.map((a) => fileUrl(a.fileID))
  void Taro.previewImage({ urls, current: fileUrl(current.fileID) }).catch(() => undefined)
}

/**
 * Opens a document: the browser opens its URL; the mini-program downloads it and hands it
 * to the system viewer (pdf, Word and Excel are what it can show).
 */
export async function openDocument(file: Attachment): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(fileUrl(file.fileID), '_blank')
    return
  }
  void Taro.showLoading({ title: '正在打开…' })
  try {
    let tempFilePath: string
    // the temp URL the answer carried (policy attachments may be plain https links); without
    // one, only the caller's own uploads can be fetched by fileID
    const url = fileUrl(file.fileID)
    if (usesCloud() && url.startsWith('cloud://')) {
      ensureCloud()
      tempFilePath = (await Taro.cloud.downloadFile({ fileID: url })).tempFilePath
    } else {
      tempFilePath = (await Taro.downloadFile({ url })).tempFilePath
    }
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    void Taro.showToast({ title: '文件打开失败，请稍后重试', icon: 'none' })
  } finally {
    void Taro.hideLoading()
  }
}
