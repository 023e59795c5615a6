import { Image, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { MAX_CASE_ATTACHMENTS, type Attachment } from '../../../types'
import { fileUrl } from '../../services/upload'
import { formatSize, MAX_ATTACHMENT_MB } from '../../utils/attachments'
import { pickDocuments, pickImages } from '../../utils/pickFiles'
import { useUploads, type PendingUpload } from './useUploads'
import './index.scss'

interface Props {
  value: Attachment[]
  onChange: (next: Attachment[]) => void
  max?: number
  /** true while a file is still uploading or has failed, so the form can wait */
  onBusyChange?: (busy: boolean) => void
  /** offer images only (e.g. a 商圈 post), no documents */
  imagesOnly?: boolean
}

/**
 * Images and documents for a case: each is checked (type, 10 MB), uploaded with its
 * progress shown, and can be retried or removed if it fails; never more than `max`.
 */
export default function AttachmentPicker({ value, onChange, max = MAX_CASE_ATTACHMENTS, onBusyChange, imagesOnly = false }: Props) {
  const uploads = useUploads(value, onChange, max)
  const { pending } = uploads
  const room = max - value.length - pending.length
  const busy = pending.length > 0
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange])

  const choose = async (what: 'image' | 'file') => {
    if (room <= 0) return
    const files = what === 'image' ? await pickImages(room) : await pickDocuments(room)
    if (files.length > 0) uploads.add(files, room)
  }

  return (
    <View className='attachment-picker'>
      {value.map((a) => (
        <View key={a.fileID} className='attachment-picker__item'>
          {a.kind === 'image' ? <Image className='attachment-picker__thumb' src={fileUrl(a.fileID)} mode='aspectFill' /> : <Text className='attachment-picker__icon'>文</Text>}
          <View className='attachment-picker__body'>
            <Text className='attachment-picker__name'>{a.name}</Text>
            <Text className='attachment-picker__state'>{formatSize(a.size)} · 已上传</Text>
          </View>
          <Text className='attachment-picker__op' onClick={() => uploads.remove(a.fileID)}>
            删除
          </Text>
        </View>
      ))}
      {pending.map((u) => (
        <PendingRow key={u.key} upload={u} onRetry={() => uploads.retry(u.key)} onRemove={() => uploads.dismiss(u.key)} />
      ))}
      {uploads.rejected.map((r) => (
        <Text key={r} className='attachment-picker__rejected'>
          {r}
        </Text>
      ))}
      <View className='attachment-picker__buttons'>
        <Text id='attach-image' className={`attachment-picker__add${room > 0 ? '' : ' attachment-picker__add--off'}`} onClick={() => void choose('image')}>
          ＋ 图片
        </Text>
        {!imagesOnly && (
          <Text id='attach-file' className={`attachment-picker__add${room > 0 ? '' : ' attachment-picker__add--off'}`} onClick={() => void choose('file')}>
            ＋ 文件
          </Text>
        )}
        <Text className='attachment-picker__count'>
          {value.length + pending.length}/{max}
        </Text>
      </View>
      <Text className='attachment-picker__hint'>
        {imagesOnly
          ? `支持 jpg、png、webp 图片，单张不超过 ${MAX_ATTACHMENT_MB} MB，最多 ${max} 张`
          : `支持 jpg、png、webp 图片和 pdf、Word、Excel 文件，单个不超过 ${MAX_ATTACHMENT_MB} MB，最多 ${max} 个`}
      </Text>
    </View>
  )
}

function PendingRow({ upload, onRetry, onRemove }: { upload: PendingUpload; onRetry: () => void; onRemove: () => void }) {
  const { file, error, progress } = upload
  return (
    <View className={`attachment-picker__item${error ? ' attachment-picker__item--failed' : ''}`}>
      {file.kind === 'image' ? <Image className='attachment-picker__thumb' src={file.path} mode='aspectFill' /> : <Text className='attachment-picker__icon'>文</Text>}
      <View className='attachment-picker__body'>
        <Text className='attachment-picker__name'>{file.name}</Text>
        {error ? (
          <Text className='attachment-picker__error'>上传失败：{error}</Text>
        ) : (
          <View className='attachment-picker__progress'>
            <View className='attachment-picker__bar' style={{ width: `${progress}%` }} />
            <Text className='attachment-picker__state'>上传中 {progress}%</Text>
          </View>
        )}
      </View>
      {error && (
        <Text className='attachment-picker__op' onClick={onRetry}>
          重试
        </Text>
      )}
      {error && (
        <Text className='attachment-picker__op attachment-picker__op--danger' onClick={onRemove}>
          移除
        </Text>
      )}
    </View>
  )
}
