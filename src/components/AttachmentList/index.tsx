import { Image, Text, View } from '@tarojs/components'
import type { Attachment } from '../../../types'
import { fileUrl } from '../../services/upload'
import { openDocument, previewImages } from '../../services/openFile'
import { formatSize } from '../../utils/attachments'
import './index.scss'

interface Props {
  items: Attachment[]
}

/** A case's attachments: images as thumbnails (tap to preview), documents by name (tap to open). */
export default function AttachmentList({ items }: Props) {
  if (items.length === 0) return null
  const images = items.filter((a) => a.kind === 'image')
  const files = items.filter((a) => a.kind !== 'image')
  return (
    <View className='attachment-list'>
      {images.length > 0 && (
        <View className='attachment-list__images'>
          {images.map((a) => (
            <Image
              key={a.fileID}
              className='attachment-list__thumb'
              src={fileUrl(a.fileID)}
              mode='aspectFill'
              lazyLoad
              aria-label={a.name}
              onClick={() => previewImages(images, a)}
            />
          ))}
        </View>
      )}
      {files.map((a) => (
        <View key={a.fileID} className='attachment-list__file' onClick={() => void openDocument(a)}>
          <Text className='attachment-list__icon'>文</Text>
          <Text className='attachment-list__name'>{a.name}</Text>
          <Text className='attachment-list__size'>{formatSize(a.size)}</Text>
        </View>
      ))}
    </View>
  )
}
