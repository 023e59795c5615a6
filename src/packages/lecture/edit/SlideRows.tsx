import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { LectureSlide } from '../../../../types'
import FormField from '../../../components/FormField'
import { uploadFile } from '../../../services'
import { toUiError } from '../../../utils/errors'
import { pickDocuments } from '../../../utils/pickFiles'

interface Props {
  value: LectureSlide[]
  message?: string
  onChange: (slides: LectureSlide[]) => void
}

const MAX_SLIDES = 10
const stem = (name: string): string => name.replace(/\.[^.]+$/, '')

/** The slides shown after the lecture: a name and a link each, uploaded from the device or pasted. */
export default function SlideRows({ value, message, onChange }: Props) {
  const [uploading, setUploading] = useState(false)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const patch = (i: number, p: Partial<LectureSlide>) => onChange(value.map((s, j) => (j === i ? { ...s, ...p } : s)))

  const upload = async () => {
    if (uploading) return
    const [file] = await pickDocuments(1)
    if (!file) return
    setUploading(true)
    setUploadError(null)
    try {
      const attachment = await uploadFile(file)
      onChange([...value, { name: stem(attachment.name), url: attachment.fileID }])
    } catch (e) {
      setUploadError(toUiError(e).message)
    } finally {
      setUploading(false)
    }
  }

  return (
    <View className='lec-slides'>
      {value.map((s, i) => (
        <View key={i} id={`slide-row-${i}`} className='lec-slides__row'>
          <FormField id={`slide-name-${i}`} label={`课件${i + 1}名称`} value={s.name} maxlength={100} onInput={(x) => patch(i, { name: x })} />
          <FormField id={`slide-url-${i}`} label='地址' placeholder='https:// 或 cloud://' value={s.url} maxlength={500} onInput={(x) => patch(i, { url: x })} />
          <Text id={`slide-remove-${i}`} className='lec-link lec-link--danger' onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除
          </Text>
        </View>
      ))}
      {value.length < MAX_SLIDES && (
        <View className='lec-slides__add'>
          <Text id='slide-upload' className='lec-link' onClick={() => void upload()}>
            {uploading ? '正在上传…' : '上传课件（pdf、Word、Excel）'}
          </Text>
          <Text id='slide-add' className='lec-link' onClick={() => onChange([...value, { name: '', url: '' }])}>
            填写链接
          </Text>
        </View>
      )}
      {(uploadError ?? message) && <Text className='lec-text__message'>{uploadError ?? message}</Text>}
    </View>
  )
}
