import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { call } from '../../../services'
import { toUiError } from '../../../utils/errors'
import NoticeBar from '../components/NoticeBar'
import { downloadInBrowser, shareInWeapp, writeInWeapp } from './saveCsv'

const IN_WEAPP = process.env.TARO_ENV === 'weapp'

interface Saved {
  path: string
  name: string
}

/** 导出 CSV: the whole list with names and phones (the server records who exported it). */
export default function ExportPanel({ lectureId }: { lectureId: string }) {
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<Saved | null>(null)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)

  const run = async () => {
    if (busy) return
    setBusy(true)
    setNotice(null)
    try {
      const file = await call('lecture.export', { id: lectureId })
      if (IN_WEAPP) {
        const path = await writeInWeapp(file).catch(() => {
          throw { code: 'FILE_WRITE', message: '名单文件保存失败，请检查手机存储空间后重试' }
        })
        setSaved({ path, name: file.filename })
        setNotice({ tone: 'ok', text: `已生成 ${file.filename}，点“发送到聊天”后可在电脑上用 Excel 打开` })
      } else {
        downloadInBrowser(file)
        setNotice({ tone: 'ok', text: `已下载 ${file.filename}` })
      }
    } catch (e) {
      setNotice({ tone: 'error', text: toUiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  const share = async () => {
    if (saved && !(await shareInWeapp(saved.path, saved.name))) void Taro.showToast({ title: '未发送', icon: 'none' })
  }

  return (
    <View className='lec-export'>
      <Text className='lec-help'>名单含姓名和手机号，仅用于本次活动组织，请妥善保管；导出记录会留存。</Text>
      <View className='lec-export__buttons'>
        <View id='lecture-export'>
          <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={() => void run()}>
            导出 CSV
          </AtButton>
        </View>
        {saved && (
          <View id='lecture-export-share'>
            <AtButton size='small' onClick={() => void share()}>
              发送到聊天
            </AtButton>
          </View>
        )}
      </View>
      {notice && <NoticeBar tone={notice.tone} text={notice.text} />}
    </View>
  )
}
