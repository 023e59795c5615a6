import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { uploadFile } from '../../../services'
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from '../../../utils/attachments'
import { toUiError } from '../../../utils/errors'
import { pickImages } from '../../../utils/pickFiles'
import StewardAvatar from '../components/StewardAvatar'

interface Props {
  name: string
  photo: string | null
  onChange: (photo: string | null) => void
  message?: string
}

/** The card's photo: upload one from the album or camera, or remove it (the card then shows the first character). */
export default function PhotoField({ name, photo, onChange, message }: Props) {
  const [uploading, setUploading] = useState(false)
  const choose = async () => {
    if (uploading) return
    const [file] = await pickImages(1)
    if (!file) return
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void Taro.showToast({ title: `照片不能超过${MAX_ATTACHMENT_MB}MB`, icon: 'none' })
      return
    }
    setUploading(true)
    try {
      onChange((await uploadFile(file)).fileID)
    } catch (e) {
      void Taro.showModal({ title: '照片上传失败', content: toUiError(e).message, showCancel: false })
    } finally {
      setUploading(false)
    }
  }
  return (
    <View>
      <Text className='st-field-label'>照片</Text>
      <View className='st-photo'>
        <StewardAvatar name={name} photo={photo} large />
        <View className='st-photo__actions'>
          <Text id='photo-choose' className='st-photo__action' onClick={() => void choose()}>
            {uploading ? '正在上传…' : photo ? '更换照片' : '上传照片'}
          </Text>
          {photo && !uploading && (
            <Text id='photo-remove' className='st-photo__action st-photo__action--danger' onClick={() => onChange(null)}>
              移除照片
            </Text>
          )}
        </View>
      </View>
      {message && <Text className='st-text__message'>{message}</Text>}
    </View>
  )
}
